package org.dictum.persistence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dictum.persistence.DictumPersistenceUnit;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the archive's schema to the version this release expects, at deployment and before any
 * other start-up work. An existing archive is upgraded in place; nothing is ever dropped.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DictumPersistenceUnit.DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        String vendor = vendorOf(dataSource);
        MigrateResult result = ArchiveSchema.configuration(SchemaMigration.class.getClassLoader(), vendor)
                .dataSource(dataSource)
                .load()
                .migrate();
        LOG.info(() -> String.format(Locale.ROOT, "Schema on %s at version %s (%d migration(s) applied now)",
                vendor, result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
                result.migrationsExecuted));
    }

    private static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the archive database " + DictumPersistenceUnit.DATASOURCE, e);
        }
    }

    /** Column types that differ between the supported databases, by Flyway placeholder. */
    static final class SqlDialectPlaceholders {

        private SqlDialectPlaceholders() {
        }

        static Map<String, String> forVendor(String productName) {
            String vendor = productName.toLowerCase(Locale.ROOT);
            if (vendor.contains("postgres")) {
                return Map.of("long_text", "TEXT", "tiny_int", "SMALLINT", "binary", "BYTEA");
            }
            if (isH2(productName)) {
                return Map.of("long_text", "CHARACTER LARGE OBJECT", "tiny_int", "TINYINT", "binary", "VARBINARY");
            }
            throw new IllegalStateException("Unsupported database '" + productName + "': use H2 or PostgreSQL");
        }

        static boolean isH2(String productName) {
            return productName.toLowerCase(Locale.ROOT).contains("h2");
        }
    }
}
