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

    /**
     * A thread interrupted while H2 reads its file: the JDK closes a {@code FileChannel} under an
     * interrupted reader, and H2's default file system then fails every later read and write of every
     * connection, and every new connection, until the last one closes (h2database issues 227, 1076).
     * In the server the pool keeps connections open, so one interrupt (the transaction reaper
     * interrupting the thread that rolls back a timed-out transaction, a shutdown) broke the archive
     * until a restart: deployments then failed with "Unable to determine Dialect". The default URL's
     * {@code async:} file system never closes its channel on an interrupt.
     */
    @Test
    void an_interrupted_reader_gets_its_answer_and_leaves_the_database_usable_by_every_connection() throws Exception {
        String url = defaultUrl().replace("${dictum.data.dir}", data.toString());
        try (Connection setup = DriverManager.getConnection(url, "sa", "sa"); Statement ddl = setup.createStatement()) {
            ddl.execute("create table article (id bigint primary key, text varchar(2000))");
            ddl.execute("insert into article select x, repeat('text ', 180) from system_range(1, 20000)");
        }
        // The database closed, and opened again with a small page cache, so that a scan reads the file.
        try (Connection pooled = DriverManager.getConnection(url + ";CACHE_SIZE=256", "sa", "sa")) {
            AtomicReference<Object> interruptedRead = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "sa");
                     Statement query = connection.createStatement()) {
                    Thread.currentThread().interrupt();
                    try (ResultSet sum = query.executeQuery("select sum(length(text)) from article")) {
                        sum.next();
                        interruptedRead.set(sum.getLong(1) + (Thread.currentThread().isInterrupted() ? " (still interrupted)" : ""));
                    }
                } catch (SQLException e) {
                    interruptedRead.set(e);
                }
            });
            reader.start();
            reader.join();

            assertThat(interruptedRead.get()).as("the interrupted reader's answer").isEqualTo(20000L * 900 + " (still interrupted)");
            assertThat(count(pooled)).as("a connection that was open meanwhile").isEqualTo(20000);
            try (Connection fresh = DriverManager.getConnection(url, "sa", "sa"); Statement insert = fresh.createStatement()) {
                insert.execute("insert into article values (20001, 'after the interrupt')");
            }
            assertThat(count(pooled)).as("after a write by a new connection").isEqualTo(20001);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet count = query.executeQuery("select count(*) from article")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String defaultUrl() throws IOException {
        Matcher url = DEFAULT_H2_URL.matcher(Files.readString(CLI));
        assertThat(url.find()).as("the default H2 URL of DictumDS in %s", CLI).isTrue();
        return url.group(1);
    }
}
