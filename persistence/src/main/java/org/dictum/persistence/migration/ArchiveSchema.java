package org.dictum.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The Flyway set-up of the archive schema: the scripts in {@code db/migration}, their per-database
 * placeholders, the baseline rule and, on H2, the storage setting of {@link H2InlineTexts}. One place
 * for the portal's {@link SchemaMigration} and for tools that create or check an archive outside the
 * server ({@code ./dictum migrate-db}).
 */
public final class ArchiveSchema {

    /** Flyway's history table, which is Flyway's business and never copied or counted as content. */
    public static final String HISTORY_TABLE = "flyway_schema_history";

    private ArchiveSchema() {
    }

    /**
     * Flyway for the archive on {@code dataSource}, whose database product name (JDBC metadata) is
     * {@code databaseProductName}: H2 or PostgreSQL.
     */
    public static Flyway flyway(DataSource dataSource, String databaseProductName) {
        return configuration(ArchiveSchema.class.getClassLoader(), databaseProductName)
                .dataSource(dataSource)
                .load();
    }

    /** The same, connecting with a JDBC URL and credentials (tools running outside the server). */
    public static Flyway flyway(String url, String user, String password, String databaseProductName) {
        return configuration(ArchiveSchema.class.getClassLoader(), databaseProductName)
                .dataSource(url, user, password)
                .load();
    }

    /** The configuration behind {@link #flyway}, for callers that need more (a target version in tests). */
    public static FluentConfiguration configuration(ClassLoader classLoader, String databaseProductName) {
        FluentConfiguration configuration = Flyway.configure(classLoader)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .placeholders(SchemaMigration.SqlDialectPlaceholders.forVendor(databaseProductName))
                // The batch runtime's job repository (JBeret) shares the database and may create its
                // tables before the first migration: a schema holding only those is a new archive,
                // baselined below V1 so that every migration runs.
                .baselineOnMigrate(true)
                .baselineVersion("0");
        return SchemaMigration.SqlDialectPlaceholders.isH2(databaseProductName)
                ? configuration.callbacks(new H2InlineTexts()) : configuration;
    }
}
