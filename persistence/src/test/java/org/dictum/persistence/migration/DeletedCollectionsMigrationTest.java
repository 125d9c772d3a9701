package org.dictum.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Migration V19: collections deleted before it reserve their slugs, from their audit rows: the last
 * deletion of each slug, unless a live collection has taken the slug again meanwhile.
 */
class DeletedCollectionsMigrationTest {

    private static final long MAY_6 = Instant.parse("2024-05-06T23:30:00.123Z").toEpochMilli();
    private static final long JUNE_1 = Instant.parse("2024-06-01T08:00:00Z").toEpochMilli();

    @Test
    void collections_deleted_earlier_reserve_their_slugs_from_their_last_deletion() throws SQLException {
        String url = "jdbc:h2:mem:deleted-collections-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        MigratedH2.migrateTo(url, "18");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO audit_revision (id, changed_at_ms, user_name) VALUES (1, 0, 'lib'), (2, " + MAY_6
                    + ", 'lib'), (3, " + JUNE_1 + ", 'lib')");
            // Created and deleted; deleted twice under one slug; deleted, then its slug taken by a live collection.
            sql.execute("INSERT INTO collection_aud (id, rev, revtype, slug, title, visibility, owner) VALUES"
                    + " (1, 1, 0, 'talks', 'Talks', 'PUBLIC', 'ann'), (1, 2, 2, 'talks', 'Talks', 'PUBLIC', 'ann'),"
                    + " (2, 2, 2, 'again', 'Again', 'PUBLIC', 'bob'), (3, 3, 2, 'again', 'Again later', 'PRIVATE', 'bob'),"
                    + " (4, 2, 2, 'taken', 'Taken', 'PUBLIC', 'bob'), (5, 3, 2, NULL, NULL, NULL, NULL)");
            sql.execute("INSERT INTO collection (id, slug, title, visibility, owner, created_at, updated_at, version)"
                    + " VALUES (6, 'taken', 'Taken again', 'PUBLIC', 'carol', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");

            MigratedH2.migrate(url);

            assertThat(rows(sql, "SELECT slug || ' ' || collection_id || ' ' || title || ' ' || visibility || ' ' || owner"
                    + " FROM deleted_collection ORDER BY slug")).containsExactly("again 3 Again later PRIVATE bob", "talks 1 Talks PUBLIC ann");
            try (ResultSet row = sql.executeQuery("SELECT deleted_at FROM deleted_collection WHERE slug = 'talks'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, OffsetDateTime.class).toInstant()).isEqualTo(Instant.ofEpochMilli(MAY_6));
            }
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
