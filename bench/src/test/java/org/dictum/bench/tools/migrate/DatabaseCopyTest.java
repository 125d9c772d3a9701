package org.dictum.bench.tools.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dictum.persistence.migration.ArchiveSchema;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies an H2 file archive holding rows in every table, built with the real migrations, into a new
 * H2 database and into a new PostgreSQL database ({@code dictum_migrate_test} on 127.0.0.1:5432,
 * created and dropped here; skipped when no PostgreSQL answers), and compares both sides.
 */
class DatabaseCopyTest {

    private static final String POSTGRESQL_HOST = "127.0.0.1";
    private static final int POSTGRESQL_PORT = Integer.getInteger("dictum.migrate-test.postgresql.port", 5432);
    private static final String POSTGRESQL_DATABASE = "dictum_migrate_test";

    @TempDir
    Path directory;

    @Test
    void h2_archive_is_copied_whole_into_a_new_h2_database() throws Exception {
        Endpoint source = SeededArchive.create(directory);
        Endpoint target = SeededArchive.h2File(directory.resolve("copy"));

        CopyReport report = copy(source, target);

        assertCopiedWhole(source, target, report);
    }

    @Test
    void h2_archive_is_copied_whole_into_postgresql() throws Exception {
        Assumptions.assumeTrue(postgresqlReachable(), "PostgreSQL is not reachable on " + POSTGRESQL_HOST + ":"
                + POSTGRESQL_PORT + ": skipping the H2 to PostgreSQL copy");
        Endpoint source = SeededArchive.create(directory);
        recreatePostgresqlDatabase();
        try {
            Endpoint target = new Endpoint("jdbc:postgresql://" + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT + "/"
                    + POSTGRESQL_DATABASE, "postgres", "");

            CopyReport report = copy(source, target);

            assertCopiedWhole(source, target, report);
        } finally {
            dropPostgresqlDatabase();
        }
    }

    @Test
    void a_target_holding_rows_is_refused_and_left_alone() throws Exception {
        Endpoint source = SeededArchive.create(directory);
        Endpoint target = SeededArchive.h2File(directory.resolve("used"));
        ArchiveSchema.flyway(target.url(), target.user(), target.password(), "H2").migrate();
        execute(target, "INSERT INTO source (id, name, version) VALUES (1, 'Already here', 0)");

        assertThatThrownBy(() -> copy(source, target))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("not empty")
                .hasMessageContaining("SOURCE");
        assertThat(counts(target).get("source")).isEqualTo(1);
        assertThat(counts(target).get("article")).isZero();
    }

    @Test
    void a_source_at_another_schema_version_is_refused_before_the_target_is_touched() throws Exception {
        Endpoint source = SeededArchive.h2File(directory.resolve("old"));
        ArchiveSchema.configuration(getClass().getClassLoader(), "H2")
                .dataSource(source.url(), source.user(), source.password())
                .target("13")
                .load()
                .migrate();
        Endpoint target = SeededArchive.h2File(directory.resolve("copy"));

        assertThatThrownBy(() -> copy(source, target))
                .isInstanceOf(MigrationRefusedException.class)
                .hasMessageContaining("schema version 13")
                .hasMessageContaining("expects " + newestSchemaVersion());
        assertThat(counts(target)).isEmpty();
    }

    @Test
    void an_h2_archive_open_in_another_process_is_refused_with_the_reason() throws Exception {
        Endpoint source = SeededArchive.create(directory);
        Process holder = H2LockHolder.start(source);
        try {
            assertThatThrownBy(() -> copy(source, SeededArchive.h2File(directory.resolve("copy"))))
                    .isInstanceOf(Endpoint.DatabaseInUseException.class)
                    .hasMessageContaining("stop the portal");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    private static CopyReport copy(Endpoint source, Endpoint target) throws SQLException {
        // A small batch size so that the seeded tables span several batches.
        return new DatabaseCopy(source, target, 2, line -> { }).run();
    }

    private static void assertCopiedWhole(Endpoint source, Endpoint target, CopyReport report) throws SQLException {
        Map<String, Long> sourceCounts = counts(source);
        sourceCounts.remove("job_instance");
        Map<String, Long> targetCounts = counts(target);
        assertThat(sourceCounts).as("the seed fills every table of the archive schema")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(targetCounts).isEqualTo(sourceCounts);
        assertThat(report.tables()).hasSize(sourceCounts.size()).allMatch(CopyReport.TableCount::matches);
        assertThat(report.skippedTables()).containsExactly("JOB_INSTANCE");
        assertThat(report.schemaVersion()).isEqualTo(newestSchemaVersion());

        try (Connection connection = connect(target); Statement statement = connection.createStatement()) {
            assertThat(string(statement, "SELECT main_text FROM article WHERE id = 1")).isEqualTo(SeededArchive.MAIN_TEXT);
            try (ResultSet row = statement.executeQuery("SELECT published_at FROM article WHERE id = 1")) {
                row.next();
                assertThat(row.getObject(1, OffsetDateTime.class).toInstant())
                        .isEqualTo(OffsetDateTime.parse("2024-03-01T10:15:30+02:00").toInstant());
            }
            assertThat(string(statement, "SELECT user_name || '/' || reason FROM audit_revision WHERE id = 2"))
                    .isEqualTo("librarian/Verified against the recording");
            assertThat(string(statement, "SELECT status FROM statement_aud WHERE id = 1 AND rev = 2")).isEqualTo("VERIFIED");
            assertThat(string(statement, "SELECT CAST(parent_id AS VARCHAR(20)) FROM topic WHERE id = 1")).isEqualTo("2");
            assertThat(string(statement, "SELECT CAST(merged_into_id AS VARCHAR(20)) FROM actor WHERE id = 2")).isEqualTo("4");
            assertThat(string(statement, "SELECT CAST(enabled AS VARCHAR(10)) FROM user_account WHERE id = 21"))
                    .isIn("false", "FALSE");
            try (ResultSet row = statement.executeQuery("SELECT id, payload FROM HSEARCH_OUTBOX_EVENT")) {
                row.next();
                assertThat(row.getObject(1, UUID.class)).isEqualTo(UUID.fromString("6f1e2d3c-4b5a-4968-8776-655443322110"));
                assertThat(row.getBytes(2)).containsExactly(0x00, 0xff, 0x10);
            }
        }
        // Sequences continue past the copied ids (statement 120, increment 50), or where the source's was, if ahead.
        assertThat(nextValue(target, "statement_seq")).isGreaterThan(120);
        assertThat(nextValue(target, "article_seq")).isGreaterThan(41);
        assertThat(nextValue(target, "audit_revision_seq")).isEqualTo(500);
    }

    private static long nextValue(Endpoint endpoint, String sequence) throws SQLException {
        try (Connection connection = connect(endpoint); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(endpoint.url().startsWith("jdbc:h2:")
                        ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String string(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getString(1);
        }
    }

    /** Rows per table (lower-case names), Flyway's history left out. */
    private static Map<String, Long> counts(Endpoint endpoint) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = connect(endpoint)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            tables.removeIf(name -> name.equalsIgnoreCase(ArchiveSchema.HISTORY_TABLE));
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        row.next();
                        counts.put(Table.key(table), row.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static void execute(Endpoint endpoint, String sql) throws SQLException {
        try (Connection connection = connect(endpoint); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Endpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password());
    }

    private static boolean postgresqlReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(POSTGRESQL_HOST, POSTGRESQL_PORT), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void recreatePostgresqlDatabase() throws SQLException {
        dropPostgresqlDatabase();
        postgresqlAdmin("CREATE DATABASE " + POSTGRESQL_DATABASE);
    }

    private static void dropPostgresqlDatabase() throws SQLException {
        postgresqlAdmin("DROP DATABASE IF EXISTS " + POSTGRESQL_DATABASE + " WITH (FORCE)");
    }

    private static void postgresqlAdmin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + POSTGRESQL_HOST + ":" + POSTGRESQL_PORT + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The schema version of an archive that this release's migrations build: the newest migration. */
    private static String newestSchemaVersion() {
        return ArchiveSchema.configuration(DatabaseCopyTest.class.getClassLoader(), "H2")
                .dataSource("jdbc:h2:mem:newest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
                .load()
                .migrate()
                .targetSchemaVersion;
    }
}
