package org.dictum.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Grows a loaded archive to a target number of statements by copying every article and statement
 * (with their topic and actor links) k years earlier, for k = 1, 2, ...: copy k gets ids shifted by
 * k times the largest loaded id, a new SHA-256 (the column is unique; the original text stays as it
 * was, so these copies would fail a fixity check), and {@code published_at} and {@code statement_date}
 * moved back k years. Sources, actors and topics are shared, so facet values stay the same and
 * their counts scale. The id sequences are advanced past the copies. Runs on the H2 file database
 * while the server is stopped, with the server's own H2 version.
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
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "replicate: %,d articles, %,d statements in the database after %.1f s%n",
                    articlesAfter, statementsAfter, seconds);
            return new Outcome(articles, statements, copies, articlesAfter, statementsAfter, seconds);
        }
    }

    private static void copy(Connection c, int k, long articleShift, long statementShift, long maxArticle,
                             long maxStatement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO article (id, url, title, byline, published_at, language, source_id, original_content,
                                         content_type, main_text, sha256, ingested_at, version)
                    SELECT id + %1$d, url, title, byline, DATEADD(YEAR, -%2$d, published_at), language, source_id,
                           original_content, content_type, main_text,
                           LOWER(RAWTOHEX(HASH('SHA-256', sha256 || '#copy-%2$d'))), ingested_at, version
                    FROM article WHERE id <= %3$d""", articleShift, k, maxArticle));
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO article_topic (article_id, topic_id)
                    SELECT article_id + %d, topic_id FROM article_topic WHERE article_id <= %d""", articleShift, maxArticle));
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO article_actor (article_id, actor_id)
                    SELECT article_id + %d, actor_id FROM article_actor WHERE article_id <= %d""", articleShift, maxArticle));
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO statement (id, article_id, kind, speaker_mention, speaker_id, cue, content, span_start,
                                           span_end, statement_date, statement_date_inferred, confidence,
                                           extractor_version, status, version)
                    SELECT id + %1$d, article_id + %2$d, kind, speaker_mention, speaker_id, cue, content, span_start,
                           span_end, DATEADD(YEAR, -%3$d, statement_date), statement_date_inferred, confidence,
                           extractor_version, status, version
                    FROM statement WHERE id <= %4$d""", statementShift, articleShift, k, maxStatement));
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO statement_topic (statement_id, topic_id)
                    SELECT statement_id + %d, topic_id FROM statement_topic WHERE statement_id <= %d""",
                    statementShift, maxStatement));
            s.executeUpdate(String.format(Locale.ROOT, """
                    INSERT INTO statement_actor (statement_id, actor_id)
                    SELECT statement_id + %d, actor_id FROM statement_actor WHERE statement_id <= %d""",
                    statementShift, maxStatement));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
