package org.dictum.web.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSummary;
import org.dictum.search.query.StatementHit;
import org.dictum.search.saved.FrozenResult;
import org.junit.jupiter.api.Test;

class FrozenSearchViewTest {

    private static FrozenSearchView.ResultRow article(String title, String source) {
        return new FrozenSearchView.ResultRow(new FrozenResult(1, 7, FrozenResult.AVAILABLE, null,
                new ArticleHit(7, title, null, source, Instant.EPOCH, "en", 0, List.of(), List.of(), 7, true, 1)));
    }

    private static FrozenSearchView.ResultRow statement(String speaker, String articleTitle) {
        return new FrozenSearchView.ResultRow(new FrozenResult(1, 9, FrozenResult.AVAILABLE,
                new StatementHit(9, "Talks resume.", null, "DIRECT_QUOTE", "said", speaker, null, null, null, false, "PROPOSED",
                        "", "", new ArticleSummary(7, articleTitle, null, Instant.EPOCH)), null));
    }

    @Test
    void the_link_to_an_article_without_a_source_still_says_where_it_leads() {
        assertThat(article(null, null).getByline()).isEqualTo("the article");
        assertThat(article("Talks", " ").getByline()).isEqualTo("the article");
        assertThat(article("Talks", "Reuters").getByline()).isEqualTo("Reuters");
    }

    @Test
    void a_statement_s_byline_joins_only_the_speaker_and_title_it_has() {
        assertThat(statement("The minister", "Talks").getByline()).isEqualTo("The minister · Talks");
        assertThat(statement(null, "Talks").getByline()).as("no leading separator").isEqualTo("Talks");
        assertThat(statement("The minister", null).getByline()).isEqualTo("The minister");
        assertThat(statement(null, null).getByline()).isEqualTo("the article");
    }
}
