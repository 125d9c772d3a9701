package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static final ActorDictionary DICTIONARY = ActorDictionary.english();

    @Test
    void all_caps_alias_matches_case_sensitively_so_us_is_not_us() {
        assertThat(names("Let us talk about it.")).isEmpty();
        assertThat(names("The US and the UN met.")).containsExactly("United States", "United Nations");
    }

    @Test
    void demonyms_name_their_country_also_in_the_plural() {
        assertThat(names("Russian diplomats met near the Ukrainian border; Americans watched."))
                .containsExactly("Russia", "Ukraine", "United States");
    }

    @Test
    void longest_alias_wins_and_is_one_mention() {
        List<NameMatch> mentions = DICTIONARY.mentionsIn("the United States of America said");
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).surface()).isEqualTo("United States of America");
    }

    @Test
    void metonyms_and_initialisms_map_to_the_country() {
        assertThat(names("A White House-organized call; the Biden administration, Washington and the U.S. agreed."))
                .containsExactly("United States");
        assertThat(names("Kyiv and the Kremlin")).containsExactly("Ukraine", "Russia");
    }

    @Test
    void names_match_only_on_word_boundaries() {
        assertThat(names("Russiagate and USAID are not actors here")).isEmpty();
    }

    @Test
    void organisations_are_typed_and_found_by_acronym_or_full_name() {
        assertThat(DICTIONARY.actorsIn("the North Atlantic Treaty Organization and NATO"))
                .singleElement()
                .satisfies(actor -> {
                    assertThat(actor.canonicalName()).isEqualTo("NATO");
                    assertThat(actor.type()).isEqualTo(ActorType.ORGANIZATION);
                });
    }

    @Test
    void a_whole_phrase_names_an_actor_with_or_without_the_article() {
        assertThat(DICTIONARY.named("the Kremlin")).map(ActorReference::canonicalName).contains("Russia");
        assertThat(DICTIONARY.named("the demands")).isEmpty();
    }

    @Test
    void loader_reads_affiliation_and_aliases_from_rows() {
        ActorDictionary custom = ActorDictionaryLoader.fromRows(List.of(
                "Freedonia\tCOUNTRY\tFreedonian Republic\tFreedonian\t",
                "Freedonia Army\tORGANIZATION\tFDA\t\tFreedonia"));
        ActorReference army = custom.actorsIn("The FDA moved").get(0);
        assertThat(army.affiliation().canonicalName()).isEqualTo("Freedonia");
        assertThat(custom.actorsIn("Freedonians")).extracting(ActorReference::canonicalName).containsExactly("Freedonia");
    }

    @Test
    void possessive_and_hyphenated_forms_are_mentions_of_the_actor() {
        assertThat(names("Russia’s troops and the U.S.-led coalition")).containsExactly("Russia", "United States");
        assertThat(DICTIONARY.mentionsIn("Russia’s troops").get(0).surface()).isEqualTo("Russia");
    }

    @Test
    void names_in_capitals_match_in_headlines_only() {
        assertThat(names("JAPAN AND WEST GERMANY AGREE ON TRADE")).containsExactly("Japan", "Germany");
        assertThat(names("He went to JAPAN.")).isEmpty();
        assertThat(names("WHO IS TO BLAME FOR THE TRADE GAP")).isEmpty();
    }

    @Test
    void a_name_inside_another_name_is_not_a_mention() {
        assertThat(names("New Mexico and George Washington University")).isEmpty();
        assertThat(names("Latin American voters")).isEmpty();
        assertThat(names("Jordan Peterson spoke in Jordan.")).containsExactly("Jordan");
        assertThat(DICTIONARY.mentionsIn("Jordan Peterson spoke in Jordan.")).singleElement()
                .satisfies(mention -> assertThat(mention.start()).isEqualTo(25));
    }

    @Test
    void a_currency_is_not_a_mention_of_its_country() {
        assertThat(names("It cost 1.5 mln U.S. dlrs and 20 Swiss francs, the U.S. said")).containsExactly("United States");
        assertThat(DICTIONARY.mentionsIn("It cost 1.5 mln U.S. dlrs and 20 Swiss francs, the U.S. said")).hasSize(1);
    }

    @Test
    void every_un_member_has_a_row_with_capital_or_aliases_resolving_to_it() {
        assertThat(names("Kyiv, Kiev, Beijing, Moscow, the Kremlin, Washington, Ouagadougou and Ulaanbaatar"))
                .containsExactly("Ukraine", "China", "Russia", "United States", "Burkina Faso", "Mongolia");
        assertThat(names("The IMF, the World Bank, OPEC and the European Commission")).containsExactly(
                "International Monetary Fund", "World Bank", "OPEC", "European Union");
    }

    private static List<String> names(String text) {
        return DICTIONARY.actorsIn(text).stream().map(ActorReference::canonicalName).toList();
    }
}
