package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.Test;

class ProperNameRecognizerTest {

    private static final ActorDictionary DICTIONARY = ActorDictionary.english();
    private final ProperNameRecognizer recognizer = ProperNameRecognizer.english(DICTIONARY);

    @Test
    void titled_name_is_a_proposed_person_and_later_surname_mentions_link_to_it() {
        ArticleNames names = recognise("Secretary of State Antony Blinken met his hosts. Later Blinken left.");
        assertThat(names.actors()).singleElement().satisfies(actor -> {
            assertThat(actor.canonicalName()).isEqualTo("Antony Blinken");
            assertThat(actor.type()).isEqualTo(ActorType.PERSON);
            assertThat(actor.status()).isEqualTo(ActorStatus.PROPOSED);
        });
        assertThat(names.mentions()).extracting(ActorMention::text)
                .containsExactly("Secretary of State Antony Blinken", "Blinken");
        assertThat(names.person("Blinken")).map(ActorReference::canonicalName).contains("Antony Blinken");
    }

    @Test
    void abbreviated_and_lower_case_titles_count_as_titles() {
        assertThat(canonicalNames("Sen. Mitch McConnell spoke. Fed chief Paul Volcker listened."))
                .containsExactlyInAnyOrder("Mitch McConnell", "Paul Volcker");
        assertThat(canonicalNames("President Biden arrived.")).containsExactly("Biden");
    }

    @Test
    void a_title_held_for_a_department_stays_out_of_the_person_s_name() {
        assertThat(canonicalNames("Aid will rise, Minister of State for Finance Damas Mbogoro said."))
                .containsExactly("Damas Mbogoro");
        assertThat(canonicalNames("Secretary of State for Trade and Industry Paul Channon spoke."))
                .containsExactly("Paul Channon");
    }

    @Test
    void a_role_before_a_business_s_name_makes_no_person_of_it() {
        assertThat(recognise("The bonds are priced at par, lead manager Credit Suisse First Boston Ltd said.").actors())
                .noneMatch(actor -> actor.type() == ActorType.PERSON);
        assertThat(recognise("The issue is led by sole manager Merrill Lynch Capital Markets.").actors())
                .noneMatch(actor -> actor.type() == ActorType.PERSON);
        assertThat(canonicalNames("He met Federal Reserve chief Paul Volcker and International Monetary Fund head "
                + "Michel Camdessus.")).contains("Paul Volcker");
        assertThat(canonicalNames("He met general manager John Smith of Acme Bank.")).contains("John Smith");
    }

    @Test
    void a_title_inside_a_capitalised_run_separates_the_body_from_the_person() {
        assertThat(canonicalNames("Finance Secretary Jaime Ongpin spoke. Ongpin left."))
                .containsExactly("Jaime Ongpin");
        assertThat(canonicalNames("Federal Reserve Board Chairman Paul Volcker spoke. Volcker left."))
                .containsExactly("Paul Volcker");
        assertThat(canonicalNames("Martin Luther King Jr. spoke in 1963. Then Martin Luther King Jr. marched."))
                .singleElement().asString().startsWith("Martin Luther King");
    }

    @Test
    void sentence_adverbs_greetings_and_a_lead_in_in_capitals_are_not_part_of_the_name() {
        assertThat(canonicalNames("Sometimes Simon Cowell is kind. Then Simon Cowell is not."))
                .containsExactly("Simon Cowell");
        assertThat(canonicalNames("AN EMOTIONAL Nicole Pratt said goodbye. Nicole Pratt cried."))
                .containsExactly("Nicole Pratt");
        assertThat(canonicalNames("Hi Girish Wagh, welcome. Girish Wagh smiled."))
                .containsExactly("Girish Wagh");
        assertThat(canonicalNames("Mr Burrell spoke. Then Mr Burrell left.")).containsExactly("Burrell");
    }

    @Test
    void gazetteer_name_before_the_title_is_the_affiliation() {
        ArticleNames names = recognise("Russian Foreign Minister Sergei Lavrov arrived.");
        assertThat(names.actors()).singleElement()
                .satisfies(actor -> assertThat(actor.affiliation().canonicalName()).isEqualTo("Russia"));
    }

    @Test
    void untitled_name_needs_two_mentions_and_is_a_person_when_its_surname_stands_alone() {
        assertThat(recognise("The deal was signed by Maria Lopez in Lima.").actors()).isEmpty();
        ArticleNames names = recognise("Maria Lopez signed. Lopez smiled. Maria Lopez left.");
        assertThat(names.actors()).singleElement().satisfies(actor -> {
            assertThat(actor.canonicalName()).isEqualTo("Maria Lopez");
            assertThat(actor.type()).isEqualTo(ActorType.PERSON);
        });
    }

    @Test
    void recurring_name_ending_in_a_body_word_is_an_organisation_and_others_stay_untyped() {
        ArticleNames names = recognise("Acme Holdings grew. Analysts like Acme Holdings. Silver Lake rose. Silver Lake fell.");
        assertThat(names.actors()).extracting(ActorReference::canonicalName, ActorReference::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Acme Holdings", ActorType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Silver Lake", ActorType.OTHER));
    }

    @Test
    void capitalised_sentence_openers_and_gazetteer_names_are_not_recognised_again() {
        assertThat(recognise("Officials met. Russia agreed. Meanwhile Russia waited. Officials left.").actors()).isEmpty();
        assertThat(recognise("Monday’s meeting was short. They met on Monday.").actors()).isEmpty();
    }

    private Set<String> canonicalNames(String text) {
        return recognise(text).actors().stream().map(ActorReference::canonicalName).collect(Collectors.toSet());
    }

    private ArticleNames recognise(String text) {
        List<Token> tokens = Tokenizer.english().tokens(text, 0, text.length());
        Set<Integer> sentenceStarts = SentenceSplitter.english().split(text).stream().map(Sentence::start)
                .collect(Collectors.toSet());
        return recognizer.recognise(text, tokens, sentenceStarts, DICTIONARY.mentionsIn(text, tokens));
    }
}
