package org.dictum.domain.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.Article;
import org.junit.jupiter.api.Test;

class ArticleWithdrawalTest {

    @Test
    void a_withdrawn_article_keeps_its_record_and_says_who_withdrew_it_when_and_why() {
        Article article = StatementCurationTest.article();
        StatementCurationTest.extracted(article, 0, 17);

        article.withdraw(StatementCurationTest.ANNA, " Published in error ", StatementCurationTest.MONDAY);

        assertThat(article.isWithdrawn()).isTrue();
        assertThat(article.getWithdrawnBy()).contains("anna");
        assertThat(article.getWithdrawnAt()).contains(StatementCurationTest.MONDAY);
        assertThat(article.getWithdrawalReason()).contains("Published in error");
        assertThat(article.getStatements()).hasSize(1);
        assertThat(article.isIntact()).isTrue();
    }

    @Test
    void withdrawing_needs_a_reason_and_cannot_happen_twice() {
        Article article = StatementCurationTest.article();

        assertThatThrownBy(() -> article.withdraw(StatementCurationTest.ANNA, "", StatementCurationTest.MONDAY))
                .isInstanceOf(InvalidInputException.class);
        assertThat(article.isWithdrawn()).isFalse();
        article.withdraw(StatementCurationTest.ANNA, "duplicate", StatementCurationTest.MONDAY);
        assertThatThrownBy(() -> article.withdraw(StatementCurationTest.ANNA, "again", StatementCurationTest.MONDAY))
                .isInstanceOf(CurationConflictException.class)
                .hasMessageStartingWith("Article ").hasMessageContaining("is already withdrawn (by ")
                .hasMessageNotContaining("Article[");
        assertThat(article.getWithdrawalReason()).contains("duplicate");
    }

    @Test
    void restoring_clears_the_withdrawal_and_only_a_withdrawn_article_can_be_restored() {
        Article article = StatementCurationTest.article();
        assertThatThrownBy(() -> article.restore(StatementCurationTest.ANNA)).isInstanceOf(CurationConflictException.class)
                .hasMessageContaining("is not withdrawn: there is nothing to restore");

        article.withdraw(StatementCurationTest.ANNA, "duplicate", StatementCurationTest.MONDAY);
        article.restore(StatementCurationTest.ANNA);

        assertThat(article.isWithdrawn()).isFalse();
        assertThat(article.getWithdrawnBy()).isEmpty();
        assertThat(article.getWithdrawalReason()).isEmpty();
    }
}
