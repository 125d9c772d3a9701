package org.dictum.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A small HTTP client for the REST API and the portal of a deployed Dictum. {@code new HttpApi(url)}
 * acts as the ITs' administrator: on its first request it makes itself a read+write API token with
 * the administrator's password (HTTP Basic on {@code POST /api/tokens}) and sends that token from
 * then on. {@link #anonymous}, {@link #withToken} and {@link #withBasic} make clients that send
 * exactly the credentials asked for.
 */
public final class HttpApi {

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /** The Authorization header to send, null for none; for the administrator client, obtained on first use. */
    private String authorization;
    private final boolean obtainAdminToken;

    /** A client acting as the ITs' administrator, with a read+write token. */
    public HttpApi(URL deploymentUrl) {
        this(deploymentUrl, null, true);
    }

    private HttpApi(URL deploymentUrl, String authorization, boolean obtainAdminToken) {
        String url = deploymentUrl.toExternalForm();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = authorization;
        this.obtainAdminToken = obtainAdminToken;
    }

    public static HttpApi anonymous(URL deploymentUrl) {
        return new HttpApi(deploymentUrl, null, false);
    }

    public static HttpApi withToken(URL deploymentUrl, String token) {
        return new HttpApi(deploymentUrl, "Bearer " + token, false);
    }

    public static HttpApi withBasic(URL deploymentUrl, String user, String password) {
        return new HttpApi(deploymentUrl, basic(user, password), false);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Reply get(String path) {
        return send(authorized(HttpRequest.newBuilder(resolve(path))).GET().build());
    }

    /** A GET with extra headers given as name, value, name, value, ... (e.g. If-None-Match). */
    public Reply get(String path, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(resolve(path))).GET();
        return send(withHeaders(request, headers).build());
    }

    public Reply postJson(String path, String json) {
        return send(authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A JSON POST with extra headers given as name, value, name, value, ... */
    public Reply postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(withHeaders(request, headers).build());
    }

    /** The request with headers given as name, value, name, value, ... */
    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public Reply putJson(String path, String json) {
        return send(authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A JSON PUT with extra headers given as name, value, name, value, ... */
    public Reply putJson(String path, String json, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return send(withHeaders(request, headers).build());
    }

    /** POSTs a body of another type than JSON (e.g. Turtle). */
    public Reply post(String path, String contentType, String body) {
        return send(authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** POSTs bytes as they are, of the given type (e.g. JSON in another charset than UTF-8). */
    public Reply post(String path, String contentType, byte[] body) {
        return send(authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /**
     * POSTs no body at all, and so no Content-Type: an action that takes no input, or takes it as headers given as
     * name, value, name, value, ...
     */
    public Reply postEmpty(String path, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(resolve(path))).POST(HttpRequest.BodyPublishers.noBody());
        return send(withHeaders(request, headers).build());
    }

    /** POSTs a body without a Content-Type header. */
    public Reply postUntyped(String path, String body) {
        return send(authorized(HttpRequest.newBuilder(resolve(path))).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A JSON merge patch, with extra headers given as name, value, name, value, ... */
    public Reply patchMerge(String path, String json, String... headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(resolve(path)))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        return send(withHeaders(request, headers).build());
    }

    public Reply delete(String path) {
        return send(authorized(HttpRequest.newBuilder(resolve(path))).DELETE().build());
    }

    /** Sends the request as built, adding no credentials. */
    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes an API token with HTTP Basic credentials; returns the token's secret. */
    public String issueToken(String user, String password, String name, String... scopes) {
        Reply reply = send(HttpRequest.newBuilder(resolve("api/tokens"))
                .header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("name", name)
                        .add("scopes", Json.createArrayBuilder(List.of(scopes)))
                        .build().toString()))
                .build());
        if (reply.status() != 201) {
            throw new IllegalStateException("POST /api/tokens as " + user + " answered " + reply);
        }
        return reply.json().getString("token");
    }

    /** The Authorization header this client sends (for requests built elsewhere), if any. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorizationHeader());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        Optional.ofNullable(authorizationHeader()).ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private synchronized String authorizationHeader() {
        if (authorization == null && obtainAdminToken) {
            authorization = "Bearer " + issueToken(ItAccounts.ADMIN, ItAccounts.adminPassword(), "integration tests", "read", "write");
        }
        return authorization;
    }

    /** What the server answered. */
    public record Reply(int status, String contentType, String location, String body, HttpHeaders headers) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public List<String> headerValues(String name) {
            return headers.allValues(name);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
