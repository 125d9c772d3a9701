package org.dictum.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grows a loaded archive to a target number of statements by copying every article and statement
 * (with their topic and actor links) k years earlier, for k = 1, 2, ...: copy k gets ids shifted by
 * k times the largest loaded id, a new SHA-256 (the column is unique; the original text stays as it
 * was, so these copies would fail a fixity check), and {@code published_at} and {@code statement_date}
 * moved back k years. Sources, actors and topics are shared, so facet values stay the same and
 * their counts scale; each copy of a story is a story of its own (story ids shift with the article
 * ids; the copies get no story fingerprint). The id sequences are advanced past the copies. Runs on
 * the H2 file database while the server is stopped, with the server's own H2 version.
 */
final class DatasetReplicator {

    record Outcome(long articlesBefore, long statementsBefore, int copies, long articlesAfter, long statementsAfter,
                   double seconds) {
    }

    private final Path dataDir;

    DatasetReplicator(Path dataDir) {
        this.dataDir = dataDir;
    }

    Outcome replicate(long target) throws SQLException {
        Path db = dataDir.resolve("db").resolve("dictum.mv.db");
        if (!Files.exists(db)) {
            throw new IllegalStateException(db + " not found: load the archive first");
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("dictum");
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            c.setAutoCommit(false);
            long articles = count(c, "SELECT COUNT(*) FROM article");
            long statements = count(c, "SELECT COUNT(*) FROM statement");
            long maxArticle = count(c, "SELECT COALESCE(MAX(id), 0) FROM article");
            long maxStatement = count(c, "SELECT COALESCE(MAX(id), 0) FROM statement");
            if (statements == 0) {
                throw new IllegalStateException("the archive holds no statements: nothing to replicate");
            }
            int copies = (int) Math.max(0, (target + statements - 1) / statements - 1);
            System.out.printf(Locale.ROOT, "replicate: %,d articles and %,d statements loaded; adding %d shifted copies"
                    + " for at least %,d statements%n", articles, statements, copies, target);
            for (int k = 1; k <= copies; k++) {
                long copyStarted = System.nanoTime();
                copy(c, k, k * maxArticle, k * maxStatement, maxArticle, maxStatement);
                c.commit();
                System.out.printf(Locale.ROOT, "replicate: copy %d/%d (%d years earlier) in %.1f s, %,d statements so far%n",
                        k, copies, k, (System.nanoTime() - copyStarted) / 1e9, statements * (k + 1));
            }
            try (Statement s = c.createStatement()) {
                // The pooled id generators take a block of 20 (articles) or 50 (statements) from
                // the sequence: restart well past the largest id.
                s.execute("ALTER SEQUENCE article_seq RESTART WITH "
                        + (count(c, "SELECT MAX(id) FROM article") + 1000));
                s.execute("ALTER SEQUENCE statement_seq RESTART WITH "
                        + (count(c, "SELECT MAX(id) FROM statement") + 1000));
            }
            c.commit();
            long articlesAfter = count(c, "SELECT COUNT(*) FROM article");
            long statementsAfter = count(c, "SELECT COUNT(*) FROM statement");
            compact(c);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "replicate: %,d articles, %,d statements in the database after %.1f s%n",
                    articlesAfter, statementsAfter, seconds);
            return new Outcome(articles, statements, copies, articlesAfter, statementsAfter, seconds);
        }
    }

    /**
     * Rewrites the database file without the space the copies left free, and closes it. Otherwise
     * H2 compacts it in the background of the server for hours, and that work, on one of the two
     * cores, is measured as part of every REST request.
     */
    static void compact(Connection c) throws SQLException {
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        System.out.printf(Locale.ROOT, "replicate: database compacted in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void copy(Connection c, int k, long articleShift, long statementShift, long maxArticle,
                             long maxStatement) throws SQLException {
        String shiftedStory = "CASE WHEN story_id IS NULL THEN NULL ELSE story_id + " + articleShift + " END";
        copyRows(c, "article", "id <= " + maxArticle, Map.of(
                "id", "id + " + articleShift,
                "published_at", "DATEADD(YEAR, -" + k + ", published_at)",
                "sha256", "LOWER(RAWTOHEX(HASH('SHA-256', sha256 || '#copy-" + k + "')))",
                "story_id", shiftedStory));
        copyRows(c, "article_topic", "article_id <= " + maxArticle, Map.of("article_id", "article_id + " + articleShift));
        copyRows(c, "article_actor", "article_id <= " + maxArticle, Map.of("article_id", "article_id + " + articleShift));
        copyRows(c, "statement", "id <= " + maxStatement, Map.of(
                "id", "id + " + statementShift,
                "article_id", "article_id + " + articleShift,
                "statement_date", "DATEADD(YEAR, -" + k + ", statement_date)"));
        copyRows(c, "statement_topic", "statement_id <= " + maxStatement,
                Map.of("statement_id", "statement_id + " + statementShift));
        copyRows(c, "statement_actor", "statement_id <= " + maxStatement,
                Map.of("statement_id", "statement_id + " + statementShift));
    }

    /**
     * Copies the rows of {@code table} that {@code where} selects, every column as it is except the
     * {@code changed} ones (column to SQL expression). The columns are read from the schema, so
     * columns that later migrations add are copied too.
     */
    private static void copyRows(Connection c, String table, String where, Map<String, String> changed)
            throws SQLException {
        List<String> columns = columnsOf(c, table);
        if (!columns.containsAll(changed.keySet())) {
            throw new IllegalStateException(table + " lacks one of " + changed.keySet() + ": has " + columns);
        }
        String select = columns.stream().map(column -> changed.getOrDefault(column, column))
                .collect(Collectors.joining(", "));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
                    + " FROM " + table + " WHERE " + where);
        }
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("no table " + table + " in the archive");
        }
        return columns;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
