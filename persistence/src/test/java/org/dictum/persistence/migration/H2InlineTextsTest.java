package org.dictum.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The H2 archive keeps short texts in their rows, and texts on either side of the limit read back whole. */
class H2InlineTextsTest {

    private final String database = "jdbc:h2:mem:inline-" + UUID.randomUUID();
    private final String url = database + ";DB_CLOSE_DELAY=-1";

    @Test
    void a_migrated_archive_keeps_texts_up_to_the_limit_in_their_rows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(inlineLimit(connection)).isNull();   // H2's own default (256): the setting is not listed

            MigratedH2.migrate(url);

            assertThat(inlineLimit(connection)).isEqualTo(H2InlineTexts.INLINE_LIMIT);
        }
    }

    @Test
    void an_archive_migrated_before_gets_the_setting_at_its_next_start() throws SQLException {
        MigratedH2.migrate(url);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("SET MAX_LENGTH_INPLACE_LOB 256");

            MigratedH2.migrate(url);   // nothing left to migrate: the callback runs all the same

            assertThat(inlineLimit(connection)).isEqualTo(H2InlineTexts.INLINE_LIMIT);
        }
    }

    @Test
    void a_database_user_without_administrator_rights_still_gets_the_schema_and_keeps_h2s_default() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, "sa", "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE USER archivist PASSWORD 'secret'");
            sql.execute("GRANT ALTER ANY SCHEMA TO archivist");

            // Without DB_CLOSE_DELAY, which needs an administrator too; the open connection keeps the database.
            ArchiveSchema.configuration(getClass().getClassLoader(), "H2").dataSource(database, "archivist", "secret")
                    .load().migrate();

            assertThat(inlineLimit(admin)).isNull();
            try (ResultSet articles = sql.executeQuery("SELECT COUNT(*) FROM article")) {
                assertThat(articles.next()).isTrue();
                assertThat(articles.getLong(1)).isZero();
            }
        }
    }

    @Test
    void texts_below_at_and_above_the_limit_read_back_unchanged() throws SQLException {
        MigratedH2.migrate(url);
        // The limit counts UTF-8 bytes: ASCII at it and past it, then as many characters with two-byte ones among them.
        String[] texts = {"short", ascii(H2InlineTexts.INLINE_LIMIT), ascii(H2InlineTexts.INLINE_LIMIT + 1),
                accented(H2InlineTexts.INLINE_LIMIT), accented(300_000)};
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE scratch_text (id INT PRIMARY KEY, body CHARACTER LARGE OBJECT NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scratch_text VALUES (?, ?)")) {
                for (int i = 0; i < texts.length; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, texts[i]);
                    insert.executeUpdate();
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT id, body FROM scratch_text ORDER BY id")) {
                for (String expected : texts) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString("body")).isEqualTo(expected);
                }
                assertThat(rows.next()).isFalse();
            }
        }
    }

    /** The database's MAX_LENGTH_INPLACE_LOB, null while it has H2's default. */
    private static Integer inlineLimit(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")) {
            return row.next() ? Integer.valueOf(row.getString(1)) : null;
        }
    }

    /** {@code length} ASCII letters: as many UTF-8 bytes. */
    private static String ascii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + i % 26));
        }
        return text.toString();
    }

    /** {@code length} characters, every seventh an "é" of two UTF-8 bytes. */
    private static String accented(int length) {
        StringBuilder text = new StringBuilder(ascii(length));
        for (int i = 0; i < length; i += 7) {
            text.setCharAt(i, 'é');
        }
        return text.toString();
    }
}
