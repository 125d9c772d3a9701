package org.dictum.bench.tools.migrate;

import static org.dictum.bench.tools.migrate.Dialect.quote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dictum.bench.tools.migrate.CopyReport.SequenceMove;
import org.dictum.bench.tools.migrate.CopyReport.TableCount;
import org.dictum.bench.tools.migrate.Dialect.Sequence;
import org.dictum.persistence.migration.ArchiveSchema;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Copies a whole archive into an empty database: checks that the source is not in use and is at the
 * schema version of this release, creates the schema on the target with the project's migrations,
 * copies every table in foreign-key order, moves the target's sequences past the copied ids and
 * verifies the row counts. Flyway's history is the target's own (written by the migrations).
 */
final class DatabaseCopy {

    private final Endpoint from;
    private final Endpoint to;
    private final int batchSize;
    private final Consumer<String> progress;

    DatabaseCopy(Endpoint from, Endpoint to, int batchSize, Consumer<String> progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1");
        }
        this.from = from;
        this.to = to;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    CopyReport run() throws SQLException {
        try (Connection source = from.connect("source", true); Connection target = to.connect("target", false)) {
            source.setReadOnly(true);
            Dialect sourceDialect = Dialect.of(source);
            Dialect targetDialect = Dialect.of(target);
            refuseWhenInUse(source, sourceDialect);
            String version = requireCurrentSchema(source);
            requireEmpty(target);
            target.commit();
            progress.accept("creating the schema (version " + version + ") on the target");
            ArchiveSchema.flyway(to.url(), to.user(), to.password(), target.getMetaData().getDatabaseProductName())
                    .migrate();

            Map<String, Table> sourceTables = archiveTables(source);
            Map<String, Table> targetTables = archiveTables(target);
            List<String> skipped = sourceTables.values().stream()
                    .filter(table -> !targetTables.containsKey(table.key())).map(Table::name).toList();
            if (!skipped.isEmpty()) {
                progress.accept("not copied (not part of the archive schema): " + String.join(", ", skipped));
            }
            List<TableCount> counts = new ArrayList<>();
            TableCopy copy = new TableCopy(source, target, batchSize);
            for (Table table : TableOrder.of(targetTables.values())) {
                Table sourceTable = Optional.ofNullable(sourceTables.get(table.key())).orElseThrow(
                        () -> new IllegalStateException("the source has no table " + table.name()));
                long copied = copy.copy(sourceTable, table);
                TableCount count = new TableCount(table.key(), count(source, sourceTable), count(target, table));
                progress.accept(String.format(Locale.ROOT, "%-32s %,12d rows", table.key(), copied));
                counts.add(count);
            }
            List<SequenceMove> sequences = moveSequences(source, sourceDialect, target, targetDialect, targetTables);
            target.commit();
            source.rollback();
            progress.accept("gathering the target's query planner statistics (ANALYZE)");
            targetDialect.analyze(target);
            target.commit();
            return new CopyReport(version, counts, skipped, sequences);
        }
    }

    /** A PostgreSQL source must have no other sessions (H2 files are locked by the portal: see Endpoint). */
    private static void refuseWhenInUse(Connection source, Dialect dialect) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (Statement statement = source.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            row.next();
            if (row.getLong(1) > 0) {
                throw new MigrationRefusedException("the source database has " + row.getLong(1)
                        + " other session(s): stop the portal before migrating, so that the copy is consistent");
            }
        }
    }

    /** The source's schema version, which must be the newest migration of this release. */
    private String requireCurrentSchema(Connection source) throws SQLException {
        MigrationInfoService info = ArchiveSchema.flyway(from.url(), from.user(), from.password(),
                source.getMetaData().getDatabaseProductName()).info();
        MigrationVersion expected = Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("no migrations on the class path (db/migration)"));
        MigrationInfo current = info.current();
        if (current == null || !expected.equals(current.getVersion())) {
            throw new MigrationRefusedException("the source archive is at schema version "
                    + (current == null ? "none (not a Dictum archive?)" : current.getVersion())
                    + ", this release expects " + expected
                    + ": start this release's portal on it once (it migrates the schema), stop it, then migrate");
        }
        return expected.getVersion();
    }

    /** Refuses a target holding rows in any table but Flyway's history. */
    private static void requireEmpty(Connection target) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (Table table : archiveTables(target).values()) {
            if (count(target, table) > 0) {
                filled.add(table.name());
            }
        }
        if (!filled.isEmpty()) {
            throw new MigrationRefusedException("the target database is not empty (rows in " + String.join(", ", filled)
                    + "): migrate into a new, empty database");
        }
    }

    private static Map<String, Table> archiveTables(Connection connection) throws SQLException {
        Map<String, Table> tables = SchemaReader.tables(connection);
        tables.remove(Table.key(ArchiveSchema.HISTORY_TABLE));
        return tables;
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table.name()))) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Each target sequence continues where the source's did, and in any case past the highest id of
     * its table ({@code <table>_seq} numbers {@code <table>.id}) by one increment: Hibernate's pooled
     * optimizer hands out the ids up to one increment below the value it draws.
     */
    private static List<SequenceMove> moveSequences(Connection source, Dialect sourceDialect, Connection target,
            Dialect targetDialect, Map<String, Table> targetTables) throws SQLException {
        Map<String, Sequence> sourceSequences = new HashMap<>();
        for (Sequence sequence : sourceDialect.sequences(source)) {
            sourceSequences.put(Table.key(sequence.name()), sequence);
        }
        List<SequenceMove> moves = new ArrayList<>();
        for (Sequence sequence : targetDialect.sequences(target)) {
            String key = Table.key(sequence.name());
            long next = 1;
            Sequence sourceSequence = sourceSequences.get(key);
            if (sourceSequence != null) {
                next = sourceDialect.nextValue(source, sourceSequence);
            }
            Optional<Long> maxId = maxIdNumberedBy(target, key, targetTables);
            if (maxId.isPresent()) {
                next = Math.max(next, maxId.get() + sequence.increment());
            }
            targetDialect.restart(target, sequence, next);
            moves.add(new SequenceMove(key, next));
        }
        return moves;
    }

    private static Optional<Long> maxIdNumberedBy(Connection target, String sequenceKey, Map<String, Table> tables)
            throws SQLException {
        if (!sequenceKey.endsWith("_seq")) {
            return Optional.empty();
        }
        Table table = tables.get(sequenceKey.substring(0, sequenceKey.length() - "_seq".length()));
        if (table == null || table.columns().stream().noneMatch(c -> Table.key(c.name()).equals("id"))) {
            return Optional.empty();
        }
        try (Statement statement = target.createStatement();
                ResultSet row = statement.executeQuery("SELECT MAX(" + quote(table.column("id").name()) + ") FROM "
                        + quote(table.name()))) {
            row.next();
            long max = row.getLong(1);
            return row.wasNull() ? Optional.empty() : Optional.of(max);
        }
    }
}
