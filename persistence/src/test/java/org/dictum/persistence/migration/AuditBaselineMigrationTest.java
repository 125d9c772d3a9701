package org.dictum.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Migration V5 on an archive that already holds records: they become revision 1, created by the system. */
class AuditBaselineMigrationTest {

    @Test
    void records_archived_before_the_history_was_kept_become_the_baseline_revision() throws SQLException {
        String url = "jdbc:h2:mem:baseline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigratedH2.migrateTo(url, "4");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO topic (id, label, code, version) VALUES (1, 'Politics', 'politics', 0)");
            sql.execute("INSERT INTO topic_alt_label (topic_id, alt_label) VALUES (1, 'Political affairs')");
            sql.execute("INSERT INTO article (id, title, original_content, content_type, main_text, sha256, ingested_at, version)"
                    + " VALUES (7, 'Talks', 'x', 'TEXT_PLAIN', 'x', '" + "a".repeat(64) + "', CURRENT_TIMESTAMP, 3)");

            MigratedH2.migrate(url);

            assertThat(single(sql, "SELECT user_name || '|' || reason FROM audit_revision WHERE id = 1"))
                    .isEqualTo("system|Archived before the history was kept");
            assertThat(single(sql, "SELECT title || '|' || rev || '|' || revtype FROM article_aud WHERE id = 7")).isEqualTo("Talks|1|0");
            assertThat(single(sql, "SELECT alt_label FROM topic_alt_label_aud WHERE topic_id = 1 AND rev = 1")).isEqualTo("Political affairs");
            assertThat(single(sql, "SELECT NEXT VALUE FOR audit_revision_seq")).isEqualTo("2");
        }
    }

    @Test
    void an_empty_archive_gets_no_baseline_revision() throws SQLException {
        String url = "jdbc:h2:mem:baseline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigratedH2.migrate(url);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            assertThat(single(sql, "SELECT COUNT(*) FROM audit_revision")).isEqualTo("0");
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getString(1);
        }
    }
}
