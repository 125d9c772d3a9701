package org.dictum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/** The provisioned server runs the real WAR on the configured database. */
class ServerSmokeIT extends ClientSideIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    private ManagementClient management;

    @Test
    void server_reports_ready_with_the_portal_deployed() throws Exception {
        HttpResponse<String> response = get(ItServer.management("/health/ready"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response.body()).getString("status")).as(response.body()).isEqualTo("UP");
    }

    @Test
    void dictum_datasource_hands_out_connections() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("address").add("subsystem", "datasources").add("data-source", "DictumDS");
        operation.get("operation").set("test-connection-in-pool");

        ModelNode result = management.getControllerClient().execute(operation);

        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    @Test
    void dictum_datasource_uses_the_database_of_this_run() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("address").add("subsystem", "datasources").add("data-source", "DictumDS");
        operation.get("operation").set("read-attribute");
        operation.get("name").set("driver-name");
        operation.get("resolve-expressions").set(true);

        ModelNode result = management.getControllerClient().execute(operation);

        String expectedDriver = ItDatabase.current() == ItDatabase.POSTGRESQL ? "postgresql" : "h2";
        assertThat(result.get("result").asString()).as(result.toString()).isEqualTo(expectedDriver);
    }

    @Test
    void portal_answers_on_the_root_context() throws Exception {
        HttpResponse<String> response = get(baseUrl.toURI());

        assertThat(baseUrl.getPath()).isEqualTo("/");
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
