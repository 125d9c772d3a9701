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

/** Migration V9: the Wikidata column becomes identifiers, its current values and its history alike. */
class ActorIdentifierMigrationTest {

    @Test
    void wikidata_ids_and_their_changes_in_the_history_become_wikidata_identifiers() throws SQLException {
        String url = "jdbc:h2:mem:identifiers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigratedH2.migrateTo(url, "7");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO actor (id, canonical_name, type, version, status, wikidata_id) VALUES (1, 'Putin', 'PERSON', 2, 'CONFIRMED', 'Q7747')");
            sql.execute("INSERT INTO actor (id, canonical_name, type, version, status) VALUES (2, 'Kremlin', 'ORGANIZATION', 0, 'CONFIRMED')");
            for (int rev = 1; rev <= 3; rev++) {
                sql.execute("INSERT INTO audit_revision (id, changed_at_ms, user_name) VALUES (" + rev + ", " + rev + ", 'lib')");
            }
            // Created without a QID, given a wrong one, then corrected.
            sql.execute("INSERT INTO actor_aud (id, rev, revtype, canonical_name, type, status) VALUES (1, 1, 0, 'Putin', 'PERSON', 'CONFIRMED')");
            sql.execute("INSERT INTO actor_aud (id, rev, revtype, canonical_name, type, status, wikidata_id) VALUES (1, 2, 1, 'Putin', 'PERSON', 'CONFIRMED', 'Q1')");
            sql.execute("INSERT INTO actor_aud (id, rev, revtype, canonical_name, type, status, wikidata_id) VALUES (1, 3, 1, 'Putin', 'PERSON', 'CONFIRMED', 'Q7747')");

            MigratedH2.migrate(url);

            assertThat(rows(sql, "SELECT actor_id || ' ' || identifier FROM actor_identifier ORDER BY actor_id")).containsExactly("1 wikidata:Q7747");
            assertThat(rows(sql, "SELECT rev || ' ' || revtype || ' ' || identifier FROM actor_identifier_aud ORDER BY rev, revtype"))
                    .containsExactly("2 0 wikidata:Q1", "3 0 wikidata:Q7747", "3 2 wikidata:Q1");
            assertThat(rows(sql, "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'actor' AND LOWER(column_name) = 'wikidata_id'"))
                    .containsExactly("0");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
