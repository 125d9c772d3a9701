package org.dictum.domain.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

class ActorAuthorityRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    private static final String TEXT = "Talks will resume, Putin said. Sanctions stay, Lavrov added.";

    private final Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, NOW);
    private final Statement first = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, 17));
    private final Statement second = article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(31, 45));
    private final Actor putin = new Actor("Vladimir Putin", ActorType.PERSON);
    private final Actor proposedPutin = Actor.proposed("V. Putin", ActorType.PERSON);
    private final Actor lavrov = new Actor("Sergei Lavrov", ActorType.PERSON);

    @Test
    void a_merge_moves_speaker_mentions_and_article_links_and_leaves_a_tombstone_with_its_names_as_aliases() {
        proposedPutin.addAlias("President Putin");
        first.attributedTo("Putin", proposedPutin, "said");
        second.attributedTo("Lavrov", lavrov, "added").mentioning(List.of(proposedPutin, putin));
        article.naming(List.of(proposedPutin));

        ActorMerge merge = ActorMerge.perform(proposedPutin, putin, List.of(first, second), List.of(article), List.of(), NOW);

        assertThat(first.getSpeaker()).contains(putin);
        assertThat(second.getSpeaker()).contains(lavrov);
        assertThat(second.getMentionedActors()).containsExactly(putin);
        assertThat(article.getActors()).containsExactly(putin);
        assertThat(putin.getAliases()).containsExactlyInAnyOrder("V. Putin", "President Putin");
        assertThat(proposedPutin.getMergedInto()).contains(putin);
        assertThat(proposedPutin.resolved()).isSameAs(putin);
        assertThat(merge.affectedStatements()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void an_unmerge_restores_the_actor_its_names_and_exactly_the_links_the_merge_moved() {
        first.attributedTo("Putin", proposedPutin, "said");
        second.attributedTo("Lavrov", lavrov, "added").mentioning(List.of(proposedPutin, putin));
        article.naming(List.of(proposedPutin));
        ActorMerge merge = ActorMerge.perform(proposedPutin, putin, List.of(first, second), List.of(article), List.of(), NOW);

        merge.undo(NOW.plusSeconds(60));

        assertThat(proposedPutin.isMerged()).isFalse();
        assertThat(first.getSpeaker()).contains(proposedPutin);
        // The survivor was mentioned before the merge: it stays mentioned.
        assertThat(second.getMentionedActors()).containsExactlyInAnyOrder(proposedPutin, putin);
        assertThat(article.getActors()).containsExactly(proposedPutin);
        assertThat(putin.getAliases()).isEmpty();
        assertThat(merge.getUndoneAt()).contains(NOW.plusSeconds(60));
        assertThatThrownBy(() -> merge.undo(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_unmerge_keeps_a_speaker_a_librarian_changed_after_the_merge() {
        first.attributedTo("Putin", proposedPutin, "said");
        ActorMerge merge = ActorMerge.perform(proposedPutin, putin, List.of(first), List.of(), List.of(), NOW);
        first.replaceSpeaker(putin, lavrov);

        merge.undo(NOW);

        assertThat(first.getSpeaker()).contains(lavrov);
    }

    @Test
    void a_merge_moves_the_actors_affiliated_with_the_merged_actor_and_an_unmerge_moves_them_back() {
        Actor usa = new Actor("USA", ActorType.COUNTRY);
        Actor unitedStates = new Actor("United States", ActorType.COUNTRY);
        Actor official = Actor.proposed("Senior official (USA)", ActorType.ANONYMOUS_SOURCE);
        Actor diplomat = Actor.proposed("Diplomat (USA)", ActorType.ANONYMOUS_SOURCE);
        official.affiliateWith(usa);
        diplomat.affiliateWith(usa);

        ActorMerge merge = ActorMerge.perform(usa, unitedStates, List.of(), List.of(), List.of(official, diplomat), NOW);

        assertThat(official.getAffiliation()).contains(unitedStates);
        assertThat(diplomat.getAffiliation()).contains(unitedStates);
        assertThat(merge.getMovedAffiliates()).containsExactlyInAnyOrder(official, diplomat);
        diplomat.affiliateWith(lavrov);

        merge.undo(NOW);

        assertThat(official.getAffiliation()).contains(usa);
        // A librarian gave the diplomat another affiliation after the merge: that stays.
        assertThat(diplomat.getAffiliation()).contains(lavrov);
    }

    @Test
    void a_survivor_without_affiliation_takes_over_the_merged_actors_until_the_unmerge() {
        Actor unitedStates = new Actor("United States", ActorType.COUNTRY);
        Actor official = Actor.proposed("Senior official (United States)", ActorType.ANONYMOUS_SOURCE);
        Actor blinken = new Actor("Antony Blinken", ActorType.PERSON);
        official.affiliateWith(unitedStates);

        ActorMerge merge = ActorMerge.perform(official, blinken, List.of(), List.of(), List.of(), NOW);

        assertThat(blinken.getAffiliation()).contains(unitedStates);
        assertThat(official.getAffiliation()).contains(unitedStates);
        merge.undo(NOW);
        assertThat(blinken.getAffiliation()).isEmpty();
    }

    @Test
    void a_survivor_affiliated_with_the_merged_actor_is_not_left_affiliated_with_itself() {
        Actor kremlin = new Actor("Kremlin", ActorType.ORGANIZATION);
        Actor russia = new Actor("Russia", ActorType.COUNTRY);
        Actor spokesman = Actor.proposed("Spokesman (Russia)", ActorType.ANONYMOUS_SOURCE);
        kremlin.affiliateWith(russia);
        spokesman.affiliateWith(russia);

        ActorMerge merge = ActorMerge.perform(russia, kremlin, List.of(), List.of(), List.of(kremlin, spokesman), NOW);

        assertThat(kremlin.getAffiliation()).isEmpty();
        assertThat(spokesman.getAffiliation()).contains(kremlin);
        merge.undo(NOW);
        assertThat(kremlin.getAffiliation()).contains(russia);
        assertThat(spokesman.getAffiliation()).contains(russia);
    }

    @Test
    void a_merge_gives_the_survivor_the_merged_actors_identifiers_and_an_unmerge_takes_back_only_those() {
        ExternalIdentifier qid = ExternalIdentifier.of("wikidata", "Q7747", "identifier");
        ExternalIdentifier viaf = ExternalIdentifier.of("viaf", "59876003", "identifier");
        proposedPutin.identifyAs(List.of(qid, viaf));
        putin.identifyAs(List.of(qid));

        ActorMerge merge = ActorMerge.perform(proposedPutin, putin, List.of(), List.of(), List.of(), NOW);

        assertThat(putin.getIdentifiers()).containsExactlyInAnyOrder(qid, viaf);
        merge.undo(NOW);
        assertThat(putin.getIdentifiers()).containsExactly(qid);
        assertThat(proposedPutin.getIdentifiers()).containsExactlyInAnyOrder(qid, viaf);
    }

    @Test
    void nothing_merges_into_itself_into_a_tombstone_or_twice() {
        assertThatThrownBy(() -> ActorMerge.perform(putin, putin, List.of(), List.of(), List.of(), NOW))
                .isInstanceOf(InvalidInputException.class);
        ActorMerge.perform(proposedPutin, putin, List.of(), List.of(), List.of(), NOW);

        assertThatThrownBy(() -> ActorMerge.perform(lavrov, proposedPutin, List.of(), List.of(), List.of(), NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("merge into that one");
        assertThatThrownBy(() -> ActorMerge.perform(proposedPutin, lavrov, List.of(), List.of(), List.of(), NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> proposedPutin.rename("Someone")).isInstanceOf(ConflictException.class);
    }

    @Test
    void an_edit_of_a_tombstone_whose_survivor_was_merged_since_names_the_live_actor() {
        Actor vladimir = new Actor("Vladimir V. Putin", ActorType.PERSON);
        ActorMerge.perform(proposedPutin, putin, List.of(), List.of(), List.of(), NOW);
        ActorMerge.perform(putin, vladimir, List.of(), List.of(), List.of(), NOW);

        assertThatThrownBy(() -> proposedPutin.rename("Putin")).isInstanceOf(ConflictException.class)
                .hasMessage("Actor 'V. Putin' was merged into 'Vladimir Putin', itself merged into 'Vladimir V. Putin' since:"
                        + " edit 'Vladimir V. Putin', or unmerge first");
        assertThatThrownBy(() -> putin.rename("Putin")).isInstanceOf(ConflictException.class)
                .hasMessage("Actor 'Vladimir Putin' was merged into 'Vladimir V. Putin': edit 'Vladimir V. Putin', or unmerge first");
    }

    @Test
    void a_merge_cannot_be_undone_while_its_survivor_is_merged_into_a_third_actor() {
        ActorMerge first = ActorMerge.perform(proposedPutin, putin, List.of(), List.of(), List.of(), NOW);
        ActorMerge later = ActorMerge.perform(putin, lavrov, List.of(), List.of(), List.of(), NOW);

        assertThat(proposedPutin.resolved()).isSameAs(lavrov);
        assertThatThrownBy(() -> first.undo(NOW)).isInstanceOf(ConflictException.class).hasMessageContaining("unmerge that first");
        later.undo(NOW);
        first.undo(NOW);
        assertThat(proposedPutin.resolved()).isSameAs(proposedPutin);
    }

    @Test
    void a_split_moves_the_selected_statements_and_refuses_one_that_does_not_involve_the_actor() {
        first.attributedTo("Putin", putin, "said");
        second.attributedTo("Lavrov", lavrov, "added").mentioning(List.of(putin));
        Actor kremlin = new Actor("Kremlin", ActorType.ORGANIZATION);

        ActorSplit.moveStatements(putin, kremlin, List.of(second));

        assertThat(first.getSpeaker()).contains(putin);
        assertThat(second.getMentionedActors()).containsExactly(kremlin);
        assertThat(article.getActors()).contains(kremlin);
        assertThatThrownBy(() -> ActorSplit.moveStatements(putin, kremlin, List.of(second)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> ActorSplit.moveStatements(putin, kremlin, List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_rename_keeps_the_old_name_as_alias_and_identifiers_are_validated() {
        putin.rename("Putin, Vladimir");

        assertThat(putin.getCanonicalName()).isEqualTo("Putin, Vladimir");
        assertThat(putin.getAliases()).containsExactly("Vladimir Putin");
        putin.rename("Vladimir Putin");
        assertThat(putin.getAliases()).containsExactly("Putin, Vladimir");

        putin.identifyAs(List.of(ExternalIdentifier.of("wikidata", "Q7747", "identifiers[0]"),
                ExternalIdentifier.of("viaf", "59876003", "identifiers[1]")));
        putin.locateIn("ru");
        assertThat(putin.getWikidataId()).contains("Q7747");
        assertThat(putin.getIdentifiers()).extracting(ExternalIdentifier::toString).containsExactly("wikidata:Q7747", "viaf:59876003");
        assertThat(putin.getCountry()).contains("RU");
        assertThatThrownBy(() -> putin.locateIn("RUS")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> putin.locateIn("JJ")).as("two letters, but no country").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> putin.locateIn("uk")).isInstanceOf(InvalidInputException.class).hasMessageContaining("'GB'");
        assertThat(putin.getCountry()).contains("RU");
        assertThatThrownBy(() -> putin.addAlias(" ")).isInstanceOf(InvalidInputException.class);
        putin.identifyAs(List.of());
        assertThat(putin.getWikidataId()).isEmpty();
    }
}
