package org.dictum.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** V2 on an archive that already has topics, on H2 (PostgreSQL is covered by the integration tests). */
class TopicTaxonomyMigrationTest {

    /** A database of its own for each test. */
    private final String url = "jdbc:h2:mem:v2-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void existing_topics_survive_with_unique_codes_and_the_new_tables_take_labels_and_terms() throws SQLException {
        MigratedH2.migrateTo(url, "1");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO topic (id, label, parent_id, version) VALUES (1, 'Economy', NULL, 0)");
            sql.executeUpdate("INSERT INTO topic (id, label, parent_id, version) VALUES (21, 'trade', 1, 3)");

            MigratedH2.migrateTo(url, "2");

            assertThat(rows(sql, "SELECT id || ' ' || label || ' ' || code || ' ' || COALESCE(CAST(parent_id AS VARCHAR), '-')"
                    + " || ' ' || version FROM topic ORDER BY id"))
                    .containsExactly("1 Economy topic-1 - 0", "21 trade topic-21 1 3");
            sql.executeUpdate("INSERT INTO topic_alt_label (topic_id, alt_label) VALUES (21, 'Foreign trade')");
            sql.executeUpdate("INSERT INTO topic_match_term (topic_id, term) VALUES (21, 'exports')");
            sql.executeUpdate("UPDATE topic SET scope_note = 'Trade between countries.' WHERE id = 21");
            assertThat(rows(sql, "SELECT t.label || ': ' || a.alt_label || ', ' || m.term || ', ' || t.scope_note FROM topic t"
                    + " JOIN topic_alt_label a ON a.topic_id = t.id JOIN topic_match_term m ON m.topic_id = t.id"))
                    .containsExactly("trade: Foreign trade, exports, Trade between countries.");
        }
    }

    @Test
    void codes_are_required_and_unique() throws SQLException {
        MigratedH2.migrateTo(url, "2");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO topic (id, label, code, version) VALUES (101, 'Oil', 'oil', 0)");

            assertThat(fails(sql, "INSERT INTO topic (id, label, code, version) VALUES (102, 'Crude', 'oil', 0)")).isTrue();
            assertThat(fails(sql, "INSERT INTO topic (id, label, version) VALUES (103, 'Gas', 0)")).isTrue();
        }
    }

    private static boolean fails(Statement sql, String statement) {
        try {
            sql.executeUpdate(statement);
            return false;
        } catch (SQLException refused) {
            return true;
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
