package org.dictum.it.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.dictum.it.ItDatabase;
import org.dictum.it.ItServer;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ImportClient;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of an import: a WildFly process of the test's own imports a few thousand
 * generated records, is killed with SIGKILL while the import runs, and is started again on the same
 * database and index. The import resumes by itself and completes; every record is stored exactly
 * once (none twice, none lost, none skipped as a duplicate of itself), and the search index holds
 * exactly the articles and statements the database holds (read from the stopped server's H2 files).
 * Runs in the H2 execution of the ITs; ports are the IT server's offset + 50 and + 100.
 */
class ImportCrashIT {

    private static final int RECORDS = 2500;
    /** Kill once this many records are committed: well inside the import, after several chunks. */
    private static final int KILL_AFTER = 400;
    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(4);

    private CrashServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void an_import_killed_mid_way_resumes_and_stores_every_record_exactly_once() throws Exception {
        assumeTrue(ItDatabase.current() == ItDatabase.H2, "the crash test runs in the H2 execution");
        Path target = Path.of(System.getProperty("dictum.it.target", "target"));
        server = new CrashServer(Path.of(System.getProperty("jboss.home")), target.resolve("import-crash"));
        String password = ItAccounts.adminPassword();

        URL first = server.start(ItServer.PORT_OFFSET + 50, ItServer.MANAGEMENT_PORT + 50, password);
        ImportClient imports = new ImportClient(HttpApi.withToken(first, new HttpApi(first).issueToken(
                ItAccounts.ADMIN, password, "crash test", "read", "write")));
        long id = imports.start("generated.jsonl", generated(), null, null);
        JsonObject beforeKill = imports.awaitRead(id, KILL_AFTER, IMPORT_TIMEOUT);
        server.kill();
        assertThat(beforeKill.getString("status")).as("killed while running: %s", beforeKill).isEqualTo("running");

        URL second = server.start(ItServer.PORT_OFFSET + 100, ItServer.MANAGEMENT_PORT + 100, password);
        HttpApi api = HttpApi.withToken(second, new HttpApi(second).issueToken(ItAccounts.ADMIN, password, "crash test 2", "read", "write"));
        JsonObject done = new ImportClient(api).awaitEndOfResumed(id, IMPORT_TIMEOUT);

        assertThat(done.getString("status")).as("%s\n%s", done, server.logTail()).isEqualTo("completed");
        assertThat(done.getJsonNumber("read").longValue()).isEqualTo(RECORDS);
        assertThat(done.getJsonNumber("stored").longValue()).as("stored exactly once").isEqualTo(RECORDS);
        assertThat(done.getJsonNumber("skipped").longValue()).as("no record was read twice").isZero();
        assertThat(done.getJsonNumber("failed").longValue()).isZero();
        long articlesIndexed = awaitIndexedArticles(HttpApi.anonymous(second), RECORDS);
        long statementsIndexed = HttpApi.anonymous(second).get("api/search/statements?size=0").json().getJsonNumber("total").longValue();
        server.stop();
        // The chunks' index writes go on after their commits: the last chunks' articles were indexed
        // again at start-up, so the index was in step before it was compared, with no rebuild.
        String log = Files.readString(server.log(), StandardCharsets.UTF_8);
        assertThat(log).as("the articles of the last chunks indexed again").contains("Import " + id + ": indexed again the ");
        assertThat(log).as("no rebuild of the whole index").doesNotContain("Search index out of step with the database");

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + server.data().resolve("db/dictum"), "sa", "sa")) {
            assertThat(count(db, "select count(*) from article")).isEqualTo(RECORDS);
            assertThat(count(db, "select count(distinct url) from article")).as("each record's URL once").isEqualTo(RECORDS);
            assertThat(count(db, "select count(distinct sha256) from article")).isEqualTo(RECORDS);
            assertThat(articlesIndexed).as("articles in the index = in the database").isEqualTo(RECORDS);
            assertThat(statementsIndexed).as("statements in the index = in the database")
                    .isEqualTo(count(db, "select count(*) from statement")).isGreaterThanOrEqualTo(RECORDS);
        }
    }

    /** {@value #RECORDS} distinct articles, each with a URL of its own and one attributed statement. */
    private static byte[] generated() {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= RECORDS; i++) {
            jsonl.append(Json.createObjectBuilder()
                    .add("url", "https://crash.example.org/story/" + i)
                    .add("title", "Crash story " + i)
                    .add("publishedAt", "2024-02-" + String.format("%02d", 1 + i % 28))
                    .add("language", "en")
                    .add("text", "Shipment number " + i + " arrived late, the port authority said on Tuesday. "
                            + "Officials expect " + (i * 7 % 100) + " more containers this week.")
                    .build()).append('\n');
        }
        return jsonl.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The index is checked against the database at start-up and rebuilt in the background when they
     * differ (a kill loses what the index had not committed): waits until it holds what is expected.
     */
    private long awaitIndexedArticles(HttpApi anonymous, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        long indexed;
        do {
            indexed = anonymous.get("api/search/articles?size=0").json().getJsonNumber("total").longValue();
            if (indexed == expected) {
                return indexed;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return indexed;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
