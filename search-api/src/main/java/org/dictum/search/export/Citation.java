package org.dictum.search.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dictum.search.application.ArticleDetail;
import org.dictum.search.application.StatementDetail;

/**
 * What a citation names, whatever its format: the article (a newspaper article) and, for a statement,
 * the quoted words with their permalink into the archived text.
 *
 * @param key       stable citation key: {@code dictum-article-12} or {@code dictum-statement-34}
 * @param author    the article's byline without a leading "By", or null
 * @param url       the article's own address, or else its archive page; for a statement its permalink
 * @param accessed  when the archive took the article in (the day it was read)
 * @param archivePage the article's page in the archive
 * @param note      for a statement: who said what, where in the text; else null
 */
public record Citation(String key, String title, String author, String container, LocalDate issued, String url,
                       LocalDate accessed, String language, String archivePage, String note) {

    public static Citation of(ArticleDetail article, Permalinks links) {
        String page = links.article(article.id());
        return new Citation("dictum-article-" + article.id(), titleOf(article), authorOf(article.byline()),
                article.source(), publicationDay(article), article.url() == null ? page : article.url(),
                day(article.ingestedAt()), article.language(), page, null);
    }

    public static Citation of(StatementDetail statement, ArticleDetail article, Permalinks links) {
        String permalink = links.statement(article.id(), statement.start(), statement.end());
        String who = statement.speakerActor() != null ? statement.speakerActor() : statement.speaker();
        String note = (who == null ? "Statement" : "Statement by " + who) + ": \u201c" + statement.content()
                + "\u201d (characters " + statement.start() + "\u2013" + statement.end() + " of the archived text"
                + (article.url() == null ? "" : "; original: " + article.url()) + ")";
        return new Citation("dictum-statement-" + statement.id(), titleOf(article), authorOf(article.byline()),
                article.source(), publicationDay(article), permalink, day(article.ingestedAt()), article.language(),
                links.article(article.id()), note);
    }

    private static String titleOf(ArticleDetail article) {
        return article.title() == null ? "Untitled article " + article.id() : article.title();
    }

    private static String authorOf(String byline) {
        if (byline == null || byline.isBlank()) {
            return null;
        }
        String author = byline.strip();
        return author.regionMatches(true, 0, "by ", 0, 3) ? author.substring(3).strip() : author;
    }

    /** The day printed on the article: where it was published. */
    private static LocalDate publicationDay(ArticleDetail article) {
        return article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
