package org.dictum.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.article.Fixity;
import org.dictum.domain.article.Source;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.TaxonomyCycleException;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

class EntityInvariantsTest {

    private static Article article(String mainText) {
        return new Article("<p>" + mainText + "</p>", ContentType.TEXT_HTML, mainText, Instant.EPOCH);
    }

    @Test
    void statement_content_is_the_text_of_its_span() {
        Article article = article("Talks will resume, officials said.");

        assertThat(article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 17)).getContent())
                .isEqualTo("Talks will resume");
    }

    @Test
    void a_span_outside_the_main_text_is_refused() {
        Article article = article("Short.");

        assertThatThrownBy(() -> article.addStatement(StatementKind.DIRECT_QUOTE, new TextSpan(2, 40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the main text");
        assertThatThrownBy(() -> new TextSpan(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixity_is_the_sha256_of_the_original() {
        Article article = article("x");

        assertThat(article.getSha256())
                .isEqualTo(Fixity.sha256("<p>x</p>"))
                .hasSize(64);
        assertThat(Fixity.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(article.isIntact()).isTrue();
    }

    @Test
    void confidence_outside_zero_to_one_is_refused() {
        Article article = article("Yes, he said.");
        var statement = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 3));

        assertThatThrownBy(() -> statement.extractedBy("x", 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_topic_cannot_be_placed_under_its_own_descendant() {
        Topic economy = new Topic("Economy");
        Topic trade = new Topic("Trade", economy);

        assertThatThrownBy(() -> economy.placeUnder(trade)).isInstanceOf(TaxonomyCycleException.class);
        assertThat(trade.getParent()).contains(economy);
    }

    @Test
    void names_are_trimmed_and_must_not_be_blank() {
        assertThat(new Topic("  Energy ").getLabel()).isEqualTo("Energy");
        assertThat(new Source(" Reuters ", "WWW.Reuters.com").getDomain()).contains("www.reuters.com");
        assertThatThrownBy(() -> new Actor(" ", ActorType.PERSON)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Source("", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_alias_equal_to_the_canonical_name_is_not_kept_and_an_actor_is_not_its_own_affiliation() {
        Actor russia = new Actor("Russia", ActorType.COUNTRY);
        russia.addAlias("Russia");
        russia.addAlias("Russian Federation");

        assertThat(russia.getAliases()).containsExactly("Russian Federation");
        assertThatThrownBy(() -> russia.affiliateWith(russia)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void curated_actors_are_confirmed_and_proposed_ones_become_confirmed_by_a_librarian() {
        assertThat(new Actor("Russia", ActorType.COUNTRY).getStatus()).isEqualTo(ActorStatus.CONFIRMED);
        Actor proposed = Actor.proposed("Antony Blinken", ActorType.PERSON);
        assertThat(proposed.getStatus()).isEqualTo(ActorStatus.PROPOSED);

        proposed.confirm();

        assertThat(proposed.getStatus()).isEqualTo(ActorStatus.CONFIRMED);
        assertThatThrownBy(() -> new Actor("Blinken", ActorType.PERSON, null)).isInstanceOf(NullPointerException.class);
    }
}
