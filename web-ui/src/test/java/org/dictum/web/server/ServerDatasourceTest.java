package org.dictum.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's default database (the H2 URL in {@code configure-server.cli}) against the H2 version
 * WildFly ships. H2 2.2 keeps the last result of each statement and answers the statement again from
 * it while the tables it read are unchanged; a commit marks its tables changed before its rows become
 * visible, so a read by another connection in between keeps the old rows under the new mark and
 * serves them after the commit (h2database issue 3894). The portal's pooled connections keep their
 * statements, and an import chunk read its {@code import_job} row as it was before the run's start
 * committed, then failed on the row's version.
 */
class ServerDatasourceTest {

    private static final Path CLI = Path.of("src/main/wildfly/configure-server.cli");
    private static final Pattern DEFAULT_H2_URL = Pattern.compile("env\\.DICTUM_DB_URL:(jdbc:h2:[^\"]*)}\"");
    private static final Duration RACE = Duration.ofSeconds(2);

    @TempDir
    Path data;

    @Test
    void a_read_that_starts_after_a_commit_sees_it_while_another_connection_commits_again_and_again() throws Exception {
        String url = defaultUrl().replace("${dictum.data.dir}", data.toString());
        try (Connection setup = DriverManager.getConnection(url, "sa", "sa"); Statement ddl = setup.createStatement()) {
            ddl.execute("create table job (id bigint primary key, version bigint not null)");
            ddl.execute("insert into job values (1, 0)");
        }
        AtomicLong committed = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<SQLException> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
                 PreparedStatement update = connection.prepareStatement("update job set version = ? where id = 1")) {
                connection.setAutoCommit(false);
                for (long version = 1; !done.get(); version++) {
                    update.setLong(1, version);
                    update.executeUpdate();
                    connection.commit();
                    committed.set(version);
                }
            } catch (SQLException e) {
                writerFailure.set(e);
            }
        });
        String stale = null;
        long reads = 0;
        // One connection and one statement read the row, each read a transaction of its own: a pooled
        // connection with its cached statement, used by one request after the other.
        try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
             PreparedStatement select = connection.prepareStatement("select version from job where id = ?")) {
            connection.setAutoCommit(false);
            writer.start();
            long end = System.nanoTime() + RACE.toNanos();
            while (stale == null && System.nanoTime() < end) {
                long before = committed.get();
                select.setLong(1, 1);
                long seen;
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    seen = row.getLong(1);
                }
                connection.commit();
                reads++;
                if (seen < before) {
                    stale = "version " + seen + " read after version " + before + " was committed";
                }
            }
        } finally {
            done.set(true);
            writer.join();
        }

        assertThat((Throwable) writerFailure.get()).as("the writer's failure").isNull();
        assertThat(committed.get()).as("commits while reading").isPositive();
        assertThat(stale).as("a stale read among %d reads with %s", reads, url).isNull();
    }

    private static String defaultUrl() throws IOException {
        Matcher url = DEFAULT_H2_URL.matcher(Files.readString(CLI));
        assertThat(url.find()).as("the default H2 URL of DictumDS in %s", CLI).isTrue();
        return url.group(1);
    }
}
