package org.dictum.it.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dictum.it.ItDatabase;
import org.dictum.it.ItServer;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the API acknowledged survives a crash: articles posted one by one, each answered 201, then
 * the server is killed with SIGKILL right after the last answer and started again on the same data;
 * every article is still there. H2 keeps a commit in memory for up to half a second by default
 * (WRITE_DELAY) and a killed process loses it; the embedded datasource writes each commit through
 * ({@code WRITE_DELAY=0}). Runs in the H2 execution (PostgreSQL's commits are durable by default);
 * ports are the IT server's offset + 150 and + 200.
 */
class AcknowledgedWritesIT {

    private static final int ARTICLES = 5;

    private CrashServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void articles_answered_201_are_there_after_a_kill_right_after_the_answer() throws Exception {
        assumeTrue(ItDatabase.current() == ItDatabase.H2, "the kill test runs in the H2 execution");
        Path target = Path.of(System.getProperty("dictum.it.target", "target"));
        server = new CrashServer(Path.of(System.getProperty("jboss.home")), target.resolve("acknowledged-writes"));
        String password = ItAccounts.adminPassword();

        URL first = server.start(ItServer.PORT_OFFSET + 150, ItServer.MANAGEMENT_PORT + 150, password);
        HttpApi api = HttpApi.withToken(first, new HttpApi(first).issueToken(ItAccounts.ADMIN, password, "kill test", "read", "write"));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= ARTICLES; i++) {
            Reply created = api.postJson("api/articles", Json.createObjectBuilder()
                    .add("title", "Acknowledged " + i)
                    .add("language", "en")
                    .add("publishedAt", "2024-05-0" + i)
                    .add("text", "Delivery " + i + " was confirmed on Monday, the harbour master said.")
                    .build().toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(created.json().getJsonNumber("id").longValue());
        }
        server.kill();

        URL second = server.start(ItServer.PORT_OFFSET + 200, ItServer.MANAGEMENT_PORT + 200, password);
        HttpApi again = HttpApi.withToken(second, new HttpApi(second).issueToken(ItAccounts.ADMIN, password, "kill test 2", "read"));
        for (long id : ids) {
            Reply article = again.get("api/articles/" + id);
            assertThat(article.status()).as("article %d after the kill\n%s", id, server.logTail()).isEqualTo(200);
        }
    }
}
