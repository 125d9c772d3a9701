package org.dictum.it.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two WildFly nodes on one PostgreSQL database and one OpenSearch node, coordinated by Hibernate
 * Search's outbox polling (docs/DEPLOYMENT.md, "Several nodes behind a load balancer"). Node A only
 * serves requests (its event processor is off, as on a node kept free of indexing work); node B also
 * applies the outbox events of the cluster to the index.
 * <ol>
 * <li>An article archived on A is found on B: search total and source facet count.</li>
 * <li>With B stopped, an article archived on A is committed to the database with its index update
 * waiting in the outbox, and A is killed with SIGKILL: the index has not seen the article.</li>
 * <li>B started again applies the pending update: database and index counts agree, the outbox is
 * empty, the article is found, and B's start-up check did not rebuild the index to get there.</li>
 * </ol>
 * Runs in the failsafe execution {@code twonodes} only; skips when PostgreSQL or the build's
 * OpenSearch node is not reachable. Every process it starts is killed by PID at the end.
 */
@EnabledIfSystemProperty(named = "dictum.it.twonodes", matches = "true",
        disabledReason = "runs in the failsafe execution 'twonodes' (it-tests/pom.xml), which starts its own servers")
class TwoNodesIT {

    private static final String HOST = "127.0.0.1";
    private static final int POSTGRESQL_PORT = Integer.getInteger("dictum.it.postgresql.port", 5432);
    private static final String DATABASE = "dictum_twonodes";
    private static final int OPENSEARCH_PORT = Integer.getInteger("dictum.it.opensearch.port", 9280);
    private static final Duration INDEXING_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ServerNode> nodes = new ArrayList<>();
    private final String source = "Twonodes Wire " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void sharedServices() throws Exception {
        Assumptions.assumeTrue(reachable(POSTGRESQL_PORT), "PostgreSQL is not reachable on " + HOST + ":"
                + POSTGRESQL_PORT + ": skipping TwoNodesIT (several nodes need a shared database)");
        Assumptions.assumeTrue(reachable(OPENSEARCH_PORT), "No OpenSearch node on " + HOST + ":" + OPENSEARCH_PORT
                + ": skipping TwoNodesIT (several nodes need a shared search cluster; -Ddictum.it.opensearch.skip=true?)");
        recreateDatabase();
        deleteDictumIndexes();
    }

    @AfterEach
    void stopEveryServer() throws InterruptedException {
        for (ServerNode node : nodes) {
            node.close();
        }
    }

    @Test
    void an_article_archived_on_one_node_is_found_on_the_other_and_survives_a_kill_before_indexing() throws Exception {
        int[] offsets = portOffsets();
        ServerNode a = node("node-a", offsets[0], false);
        ServerNode b = node("node-b", offsets[1], true);
        // One after the other: both would otherwise create the first administrator and the indexes.
        a.start();
        b.start();

        String first = marker();
        assertThat(archive(a, first).status()).isEqualTo(201);
        // The article and its statements are separate outbox events, possibly applied in separate batches.
        await("the article archived on " + a + " and its statement are found on " + b,
                () -> articleTotal(b, first) == 1 && statementTotal(b, first) == 1);
        JsonObject onB = search(b, "api/search/statements?size=0&q=" + first);
        assertThat(onB.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(facetCount(onB, "source", source)).isEqualTo(1);
        assertThat(articleTotal(a, first)).as("the index is shared: %s finds it too", a).isEqualTo(1);

        b.stop();
        String second = marker();
        assertThat(archive(a, second).status()).as("committed on %s", a).isEqualTo(201);
        assertThat(pendingOutboxEvents()).as("index updates waiting in the outbox").isPositive();
        long pid = a.pid();
        a.kill();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("%s killed", a).isFalse();
        assertThat(databaseCount("article")).isEqualTo(2);
        assertThat(indexCount("article-read")).as("the index before recovery").isEqualTo(1);
        assertThat(pendingOutboxEvents()).as("nothing lost with the node").isPositive();

        b.start();
        await("the pending index update is applied by " + b,
                () -> pendingOutboxEvents() == 0 && indexCount("article-read") == databaseCount("article"));
        assertThat(indexCount("statement-read")).isEqualTo(databaseCount("statement"));
        assertThat(indexCount("article-read")).isEqualTo(2);
        assertThat(articleTotal(b, second)).isEqualTo(1);
        JsonObject all = search(b, "api/search/statements?size=0&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
        assertThat(facetCount(all, "source", source)).isEqualTo(databaseCount("statement"));
        assertThat(b.logText())
                .as("B's start-up check left the update to the outbox instead of rebuilding the index")
                .contains("pending index update(s) in the outbox")
                .doesNotContain("rebuilding it in the background");
    }

    private ServerNode node(String name, int portOffset, boolean processesEvents) throws IOException {
        Path target = Path.of(System.getProperty("dictum.it.target"));
        ServerNode node = ServerNode.prepare(name, Path.of(System.getProperty("jboss.home")), target.resolve("twonodes"),
                Path.of(System.getProperty("dictum.it.war")), portOffset, List.of(
                        "-Ddictum.sample-data.enabled=false",
                        "-Ddictum.admin.password=" + ItAccounts.adminPassword(),
                        "-Ddictum.db.driver=postgresql",
                        "-Ddictum.db.url=jdbc:postgresql://" + HOST + ":" + POSTGRESQL_PORT + "/" + DATABASE,
                        "-Ddictum.db.user=postgres",
                        "-Ddictum.search.backend=elasticsearch",
                        "-Ddictum.search.hosts=" + HOST + ":" + OPENSEARCH_PORT,
                        "-Ddictum.search.coordination=outbox-polling",
                        "-Ddictum.search.synchronization=",
                        "-Ddictum.search.coordination.event-processor=" + processesEvents,
                        // A killed node's processor is seen gone after 6 s instead of 30 s.
                        "-Ddictum.search.coordination.pulse-interval=1000",
                        "-Ddictum.search.coordination.pulse-expiration=6000"));
        nodes.add(node);
        return node;
    }

    private static int[] portOffsets() {
        return Stream.of(System.getProperty("dictum.it.twonodes.port-offsets", "250,350").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static String marker() {
        return "twonodes" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private HttpApi.Reply archive(ServerNode node, String marker) {
        String text = "\"Talks on the " + marker + " pipeline will resume next week,\" the minister said on Saturday. "
                + "Officials from both sides met in Geneva for six hours.";
        return new HttpApi(node.url()).postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Pipeline talks " + marker)
                .add("source", source)
                .add("publishedAt", "2022-01-09")
                .add("text", text)
                .build().toString());
    }

    private JsonObject search(ServerNode node, String pathAndQuery) {
        HttpApi.Reply reply = HttpApi.anonymous(node.url()).get(pathAndQuery);
        assertThat(reply.status()).as("%s on %s: %s", pathAndQuery, node, reply).isEqualTo(200);
        return reply.json();
    }

    private long articleTotal(ServerNode node, String marker) {
        return search(node, "api/search/articles?size=0&q=" + marker).getJsonNumber("total").longValue();
    }

    private long statementTotal(ServerNode node, String marker) {
        return search(node, "api/search/statements?size=0&q=" + marker).getJsonNumber("total").longValue();
    }

    private static long facetCount(JsonObject result, String facet, String value) {
        return result.getJsonObject("facets").getJsonArray(facet).stream().map(JsonObject.class::cast)
                .filter(entry -> entry.getString("value").equals(value))
                .mapToLong(entry -> entry.getJsonNumber("count").longValue())
                .findFirst().orElse(0);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(INDEXING_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + INDEXING_TIMEOUT + ": " + what);
            }
            Thread.sleep(250); // polling another process's state: there is nothing to wait on
        }
    }

    // --- PostgreSQL -------------------------------------------------------------------------------

    private static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static long databaseCount(String table) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(DATABASE), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting " + table, e);
        }
    }

    private static long pendingOutboxEvents() {
        return databaseCount("hsearch_outbox_event");
    }

    private static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + POSTGRESQL_PORT + "/" + database;
    }

    // --- OpenSearch ----------------------------------------------------------------------------

    /** The node is shared with the build's other OpenSearch run: start from no Dictum index. */
    private void deleteDictumIndexes() throws IOException, InterruptedException {
        String indexes = send(HttpRequest.newBuilder(openSearch("/_cat/indices?h=index")).GET()).body();
        for (String index : indexes.split("\\s+")) {
            if (index.startsWith("article") || index.startsWith("statement")) {
                send(HttpRequest.newBuilder(openSearch("/" + index)).DELETE());
            }
        }
    }

    /** Documents in an index, after a refresh: what searches see now. */
    private long indexCount(String index) {
        try {
            send(HttpRequest.newBuilder(openSearch("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
            String body = send(HttpRequest.newBuilder(openSearch("/" + index + "/_count")).GET()).body();
            return Json.createReader(new StringReader(body)).readObject().getJsonNumber("count").longValue();
        } catch (IOException e) {
            throw new IllegalStateException("Counting " + index, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static URI openSearch(String path) {
        return URI.create("http://" + HOST + ":" + OPENSEARCH_PORT + path);
    }
}
