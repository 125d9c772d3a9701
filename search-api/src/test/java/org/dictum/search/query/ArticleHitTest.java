package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

class ArticleHitTest {

    private static final String TEXT = "Talks will resume. Nobody knows when. Prices rose.";
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void statement_count_leaves_out_rejected_statements_as_search_and_the_article_export_do() throws Exception {
        Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, NOW);
        Field id = Article.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(article, 1L);
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 18));
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(19, 37));
        article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(38, 50))
                .reject(new Librarian("anna"), "Not a statement: a price movement", NOW);

        assertThat(ArticleHit.of(article).statementCount()).isEqualTo(2);
    }
}
