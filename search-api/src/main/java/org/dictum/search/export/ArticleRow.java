package org.dictum.search.export;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.topic.Topic;

/** One article as an export row: its metadata, fixity, counts and main text. See docs/EXPORTS.md. */
public record ArticleRow(
        long id, String title, String byline, String url, String source, String sourceDomain, Instant publishedAt,
        String language, String contentType, List<String> topics, List<String> actors, long statementCount,
        String sha256, Instant ingestedAt, long version, String permalink, String mainText) {

    static ArticleRow of(Article a, Permalinks links) {
        return new ArticleRow(a.getId(), a.getTitle().orElse(null), a.getByline().orElse(null), a.getUrl().orElse(null),
                a.getSource().map(s -> s.getName()).orElse(null), a.getSource().flatMap(s -> s.getDomain()).orElse(null),
                a.getPublishedAt().orElse(null), a.getLanguage().orElse(null), a.getContentType().mediaType(),
                a.getTopics().stream().map(Topic::getLabel).sorted().toList(),
                a.getActors().stream().map(Actor::getCanonicalName).sorted().toList(),
                a.countStatementsNotRejected(),
                a.getSha256(), a.getIngestedAt(), a.getVersion(), links.article(a.getId()), a.getMainText());
    }

    static final List<Column<ArticleRow>> COLUMNS = List.of(
            new Column<>("id", ArticleRow::id),
            new Column<>("title", ArticleRow::title),
            new Column<>("byline", ArticleRow::byline),
            new Column<>("url", ArticleRow::url),
            new Column<>("source", ArticleRow::source),
            new Column<>("sourceDomain", ArticleRow::sourceDomain),
            new Column<>("publishedAt", ArticleRow::publishedAt),
            new Column<>("language", ArticleRow::language),
            new Column<>("contentType", ArticleRow::contentType),
            new Column<>("topics", ArticleRow::topics),
            new Column<>("actors", ArticleRow::actors),
            new Column<>("statementCount", ArticleRow::statementCount),
            new Column<>("sha256", ArticleRow::sha256),
            new Column<>("ingestedAt", ArticleRow::ingestedAt),
            new Column<>("version", ArticleRow::version),
            new Column<>("permalink", ArticleRow::permalink),
            new Column<>("mainText", ArticleRow::mainText));
}
