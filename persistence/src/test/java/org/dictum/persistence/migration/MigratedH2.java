package org.dictum.persistence.migration;

import org.flywaydb.core.Flyway;

/** Runs all migrations on an H2 database, as {@link SchemaMigration} does at deployment. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    public static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(SchemaMigration.SqlDialectPlaceholders.forVendor("H2"))
                .load()
                .migrate();
    }
}
