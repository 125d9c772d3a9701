package org.dictum.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A write token for the benchmark's requests: made with the portal administrator's name and
 * password ({@code DICTUM_ADMIN_NAME}, default admin, and {@code DICTUM_ADMIN_PASSWORD}, which
 * run-search-benchmark.sh keeps with the dataset) through {@code POST /api/tokens}.
 */
final class ApiLogin {

    private ApiLogin() {
    }

    /** The value of an {@code Authorization} header carrying a new read+write token. */
    static String bearerToken(URI base) throws IOException, InterruptedException {
        String name = System.getenv().getOrDefault("DICTUM_ADMIN_NAME", "admin");
        String password = System.getenv("DICTUM_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("DICTUM_ADMIN_PASSWORD is not set: the benchmark posts articles as the portal's administrator");
        }
        String basic = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/tokens"))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"search benchmark\",\"scopes\":[\"read\",\"write\"]}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST /api/tokens as " + name + " answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return "Bearer " + reader.readObject().getString("token");
        }
    }
}
