package org.dictum.domain.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.TaxonomyCycleException;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

class TaxonomyMergeTest {

    private static final String TEXT = "Tariffs rise, the minister said.";

    private final Topic economy = new Topic("Economy");
    private final Topic trade = new Topic("Trade", economy);
    private final Topic tariffs = new Topic("Tariffs", trade);
    private final Topic commerce = new Topic("Commerce");
    private final Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, Instant.EPOCH);
    private final Statement statement = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 12));

    @Test
    void a_merge_moves_records_and_narrower_topics_and_keeps_the_labels_as_alternatives() {
        commerce.addAltLabel("Business");
        trade.addMatchTerm("exports");
        statement.about(List.of(trade, economy));
        article.about(List.of(trade));

        TaxonomyMerge.merge(trade, commerce, List.of(tariffs), List.of(statement), List.of(article));

        assertThat(statement.getTopics()).containsExactlyInAnyOrder(commerce, economy);
        assertThat(article.getTopics()).containsExactly(commerce);
        assertThat(tariffs.getParent()).contains(commerce);
        assertThat(commerce.getAltLabels()).containsExactlyInAnyOrder("Business", "Trade");
        assertThat(commerce.getMatchTerms()).contains("exports");
    }

    @Test
    void merging_a_topic_into_its_own_descendant_lifts_the_descendant_instead_of_making_a_cycle() {
        TaxonomyMerge.merge(economy, tariffs, List.of(trade), List.of(), List.of());

        assertThat(tariffs.getParent()).isEmpty();
        assertThat(trade.getParent()).contains(tariffs);
        assertThat(tariffs.isAncestorOf(trade)).isTrue();
    }

    @Test
    void a_deletion_moves_records_to_the_chosen_topic_and_narrower_topics_up_one_level() {
        statement.about(List.of(trade));

        TaxonomyMerge.deleteReassigning(trade, commerce, List.of(tariffs), List.of(statement), List.of());

        assertThat(statement.getTopics()).containsExactly(commerce);
        assertThat(tariffs.getParent()).contains(economy);
        assertThat(commerce.getAltLabels()).doesNotContain("Trade");
        assertThatThrownBy(() -> TaxonomyMerge.deleteReassigning(trade, trade, List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_move_under_a_descendant_is_a_cycle() {
        assertThatThrownBy(() -> economy.placeUnder(tariffs)).isInstanceOf(TaxonomyCycleException.class);
        tariffs.placeUnder(commerce);
        assertThat(tariffs.getParent()).contains(commerce);
        assertThat(economy.isAncestorOf(tariffs)).isFalse();
    }
}
