package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.Test;

class SpeakerPhraseParserTest {

    private final SpeakerPhraseParser parser = SpeakerPhraseParser.english(ActorDictionary.english());

    @Test
    void anonymous_description_keeps_rank_role_and_affiliation() {
        assertThat(parser.parse("A senior U.S. official")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.definite()).isFalse();
                    assertThat(description.rank()).isEqualTo("senior");
                    assertThat(description.roleKey()).isEqualTo("official");
                    assertThat(description.affiliation().canonicalName()).isEqualTo("United States");
                });
    }

    @Test
    void a_role_capitalised_after_an_indefinite_article_is_still_a_role() {
        assertThat(parser.parse("A senior U.S. Official")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.rank()).isEqualTo("senior");
                    assertThat(description.roleKey()).isEqualTo("official");
                    assertThat(description.affiliation().canonicalName()).isEqualTo("United States");
                });
    }

    @Test
    void a_plural_role_capitalised_without_a_determiner_is_still_a_role_and_a_singular_one_a_name() {
        assertThat(parser.parse("U.S. Officials")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("official");
                    assertThat(description.plural()).isTrue();
                    assertThat(description.affiliation().canonicalName()).isEqualTo("United States");
                });
        assertThat(parser.parse("Smith Officer")).get().isNotInstanceOf(SpeakerPhrase.Description.class);
    }

    @Test
    void a_known_place_after_the_head_is_no_one_s_name_but_where_the_speaker_is() {
        assertThat(parser.parse("Maritime safety experts in London")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("expert");
                    assertThat(description.plural()).isTrue();
                    assertThat(description.affiliation().canonicalName()).isEqualTo("United Kingdom");
                });
        assertThat(parser.parse("The U.S. Agriculture Department's counselor in Belgrade")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("counselor");
                    assertThat(description.affiliation().canonicalName()).isEqualTo("United States");
                });
        assertThat(parser.parse("one of the largest U.S.")).isEmpty();
    }

    @Test
    void a_role_speaking_for_a_named_body_is_affiliated_with_the_body() {
        assertThat(parser.parse("A spokesman for Texaco Inc")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("spokesman");
                    assertThat(description.affiliation().canonicalName()).isEqualTo("Texaco Inc");
                    assertThat(description.affiliation().type()).isEqualTo(ActorType.ORGANIZATION);
                });
        assertThat(parser.parse("a spokeswoman for the Chamber of Mines")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.affiliation().canonicalName()).isEqualTo("Chamber of Mines"));
        assertThat(parser.parse("Analysts at Salomon Brothers Inc")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.plural()).isTrue();
                    assertThat(description.affiliation().canonicalName()).isEqualTo("Salomon Brothers Inc");
                });
        assertThat(parser.parse("A spokesman for the World Bank")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.affiliation().canonicalName()).isEqualTo("World Bank");
                    assertThat(description.affiliation().status()).isEqualTo(ActorStatus.CONFIRMED);
                });
        assertThat(parser.parse("a spokesman for Chrysler")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.affiliation().type()).isEqualTo(ActorType.OTHER));
    }

    @Test
    void a_title_held_for_a_department_then_the_holder_s_name() {
        assertThat(parser.parse("Minister of State for Finance Damas Mbogoro")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Damas Mbogoro");
                    assertThat(person.title()).isEqualTo("minister of state for finance");
                });
        assertThat(parser.parse("Secretary of State for Trade and Industry Paul Channon")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Paul Channon"));
        assertThat(parser.parse("Minister for Aviation John F. Smith")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("John F. Smith"));
        assertThat(parser.parse("The Secretary of State for Trade and Industry")).isEmpty();   // no person "Industry"
    }

    @Test
    void a_role_for_a_body_described_in_lower_case_words_is_affiliated_with_the_body() {
        assertThat(parser.parse("a spokesman for the state-owned Taiwan Sugar Corp")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("spokesman");
                    assertThat(description.affiliation().canonicalName()).isEqualTo("Taiwan Sugar Corp");
                });
        assertThat(parser.parse("a spokesman for the state-run oil company Ecopetrol")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.affiliation().canonicalName()).isEqualTo("Ecopetrol");
                    assertThat(description.affiliation().type()).isEqualTo(ActorType.ORGANIZATION);
                });
        assertThat(parser.parse("a spokesman for the central bank Monday")).isEmpty();   // no body called Monday
        assertThat(parser.parse("a spokesman for the oil company March")).isEmpty();
    }

    @Test
    void a_person_of_a_named_body_is_the_person_affiliated_with_it() {
        assertThat(parser.parse("Ed Yardeni of Prudential-Bache Securities")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Ed Yardeni");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("Prudential-Bache Securities");
                });
        assertThat(parser.parse("Chairman Paul Volcker of the Federal Reserve Board")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Paul Volcker");
                    assertThat(person.title()).isEqualTo("chairman");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("Federal Reserve Board");
                });
        assertThat(parser.parse("Bank of New York Co")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, body ->
                        assertThat(body.name()).isEqualTo("Bank of New York Co"));
    }

    @Test
    void a_capitalised_government_stands_for_its_country_and_a_weekday_paper_is_a_body() {
        assertThat(parser.parse("The U.K. Government")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.NamedActor.class, named ->
                        assertThat(named.actor().canonicalName()).isEqualTo("United Kingdom"));
        assertThat(parser.parse("The Sunday Express")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, paper ->
                        assertThat(paper.name()).isEqualTo("Sunday Express"));
    }

    @Test
    void a_title_of_a_body_then_the_holder_s_name() {
        assertThat(parser.parse("Undersecretary of Commerce Bruce Smart")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Bruce Smart");
                    assertThat(person.title()).isEqualTo("undersecretary of commerce");
                });
        assertThat(parser.parse("White House Chief of Staff Howard Baker")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Howard Baker");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("United States");
                });
        assertThat(parser.parse("Governor of the Bank of England Robin Leigh-Pemberton")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Robin Leigh-Pemberton");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("Bank of England");
                });
        assertThat(parser.parse("Minister of Foreign Affairs Hans-Dietrich Genscher")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Hans-Dietrich Genscher"));
        assertThat(parser.parse("Secretary of Agriculture Richard E. Lyng")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Richard E. Lyng"));
        assertThat(parser.parse("Secretary of State for Trade")).isEmpty();
    }

    @Test
    void a_company_named_with_an_industry_word_is_a_body_even_after_a_title_word() {
        assertThat(parser.parse("General Electric")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, body ->
                        assertThat(body.name()).isEqualTo("General Electric"));
        assertThat(parser.parse("S/P")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, body -> assertThat(body.name()).isEqualTo("S/P"));
    }

    @Test
    void a_month_or_a_numeral_pronoun_is_no_name() {
        assertThat(parser.parse("February")).isEmpty();
        assertThat(parser.parse("March")).isEmpty();
        assertThat(parser.parse("April Ryan")).get().isInstanceOf(SpeakerPhrase.PersonName.class);
        assertThat(parser.parse("One")).get().isInstanceOf(SpeakerPhrase.AnotherOfGroup.class);
        assertThat(parser.parse("Another")).get().isInstanceOf(SpeakerPhrase.AnotherOfGroup.class);
        assertThat(parser.parse("May")).get().isInstanceOf(SpeakerPhrase.PersonName.class);   // Theresa May
    }

    @Test
    void an_embassy_is_a_body_of_its_country() {
        assertThat(parser.parse("The U.S. Embassy")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, embassy -> {
                    assertThat(embassy.name()).isEqualTo("U.S. Embassy");
                    assertThat(embassy.affiliation().canonicalName()).isEqualTo("United States");
                });
    }

    @Test
    void a_title_with_of_is_stripped_whole_from_a_person_name() {
        assertThat(parser.parse("Secretary of State Antony Blinken")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Antony Blinken");
                    assertThat(person.title()).isEqualTo("secretary of state");
                });
        assertThat(parser.parse("Former Secretary of State Hillary Clinton")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Hillary Clinton"));
    }

    @Test
    void administration_metonym_is_an_affiliation_of_the_description() {
        assertThat(parser.parse("a senior Biden administration official")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.affiliation().canonicalName()).isEqualTo("United States"));
    }

    @Test
    void definite_description_and_plural_roles_are_recognised() {
        assertThat(parser.parse("The official")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.definite()).isTrue());
        assertThat(parser.parse("officials")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.plural()).isTrue());
    }

    @Test
    void noun_phrases_without_a_speaker_head_are_rejected() {
        assertThat(parser.parse("the demands")).isEmpty();
        assertThat(parser.parse("The U.S. official’s comments, made to reporters")).isEmpty();
    }

    @Test
    void unknown_adjectives_do_not_hide_the_role_of_a_description() {
        assertThat(parser.parse("Current and former officials")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description -> {
                    assertThat(description.roleKey()).isEqualTo("official");
                    assertThat(description.plural()).isTrue();
                });
    }

    @Test
    void trailing_name_after_a_role_and_a_title_is_the_person() {
        assertThat(parser.parse("Clinton campaign Chairman John Podesta")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("John Podesta");
                    assertThat(person.title()).isEqualTo("chairman");
                });
    }

    @Test
    void capitalised_name_of_a_body_is_an_organisation() {
        assertThat(parser.parse("The New York Post")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("New York Post"));
    }

    @Test
    void document_nouns_are_descriptions_of_their_own_kind() {
        assertThat(parser.parse("a new poll")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Description.class, description ->
                        assertThat(description.kind()).isEqualTo(SpeakerRoles.Kind.DOCUMENT));
    }

    @Test
    void apposition_gives_an_untitled_person_affiliation_and_role() {
        assertThat(parser.classify("Peskov, a Kremlin spokesman", "Peskov", "a Kremlin spokesman"))
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.text()).isEqualTo("Peskov, a Kremlin spokesman");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("Russia");
                    assertThat(person.title()).isEqualTo("spokesman");
                });
    }

    @Test
    void unclassifiable_phrase_is_kept_as_written() {
        assertThat(parser.classify("the backlash", "the backlash", null))
                .isEqualTo(new SpeakerPhrase.Other("the backlash"));
    }

    @Test
    void title_is_dropped_from_a_person_name() {
        assertThat(parser.parse("President Joe Biden")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Joe Biden"));
    }

    @Test
    void demonym_before_a_titled_name_becomes_the_person_affiliation() {
        assertThat(parser.parse("Russian Foreign Minister Sergei Lavrov")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Sergei Lavrov");
                    assertThat(person.affiliation().canonicalName()).isEqualTo("Russia");
                });
    }

    @Test
    void dictionary_names_and_governments_name_the_actor_itself() {
        assertThat(parser.parse("the Kremlin")).get().isInstanceOfSatisfying(SpeakerPhrase.NamedActor.class,
                named -> assertThat(named.actor().canonicalName()).isEqualTo("Russia"));
        assertThat(parser.parse("the German government")).get().isInstanceOfSatisfying(SpeakerPhrase.NamedActor.class,
                named -> assertThat(named.actor().canonicalName()).isEqualTo("Germany"));
    }

    @Test
    void pronouns_are_recognised_with_number() {
        assertThat(parser.parse("He")).get().isInstanceOfSatisfying(SpeakerPhrase.Pronoun.class,
                pronoun -> assertThat(pronoun.plural()).isFalse());
        assertThat(parser.parse("they")).get().isInstanceOfSatisfying(SpeakerPhrase.Pronoun.class,
                pronoun -> assertThat(pronoun.plural()).isTrue());
    }

    @Test
    void a_title_inside_a_capitalised_run_separates_the_body_from_the_person() {
        assertThat(parser.parse("Federal Reserve Chair Jerome Powell")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Jerome Powell");
                    assertThat(person.title()).isEqualTo("chair");
                });
        assertThat(parser.parse("Bank of England Governor Andrew Bailey")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Andrew Bailey"));
        assertThat(parser.parse("Supreme Court Justice Amy Coney Barrett")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Amy Coney Barrett"));
    }

    @Test
    void a_title_word_followed_only_by_a_particle_is_a_surname() {
        assertThat(parser.parse("Martin Luther King Jr.")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).startsWith("Martin Luther King"));
    }

    @Test
    void a_title_that_is_also_a_surname_ends_a_name_after_a_given_name() {
        assertThat(parser.parse("Stephen King")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Stephen King"));
        assertThat(parser.parse("Mr. King")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("King"));
        assertThat(parser.parse("the King")).isEmpty();
        assertThat(parser.parse("Federal Judge")).isEmpty();
        assertThat(parser.parse("Crown Prince")).isEmpty();
    }

    @Test
    void a_body_of_a_named_place_or_field_is_one_organisation_not_its_first_word() {
        assertThat(parser.parse("The Bank of England")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("Bank of England"));
        assertThat(parser.parse("the Bank of Japan")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation -> {
                    assertThat(organisation.name()).isEqualTo("Bank of Japan");
                    assertThat(organisation.affiliation().canonicalName()).isEqualTo("Japan");
                });
        assertThat(parser.parse("The Ministry of Defence")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("Ministry of Defence"));
    }

    @Test
    void initials_joined_by_and_and_a_word_in_capitals_name_a_body() {
        assertThat(parser.parse("S and P")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("S and P"));
        assertThat(parser.parse("TWA")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("TWA"));
        assertThat(parser.parse("Robert Nelson of S and P")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Robert Nelson"));
    }

    @Test
    void a_pronoun_with_a_contracted_verb_is_no_speaker() {
        assertThat(parser.parse("It's")).isEmpty();
        assertThat(parser.parse("That’s")).isEmpty();
    }

    @Test
    void a_title_with_of_the_stays_out_of_the_name() {
        assertThat(parser.parse("Chancellor of the Exchequer Nigel Lawson")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
                    assertThat(person.name()).isEqualTo("Nigel Lawson");
                    assertThat(person.title()).isEqualTo("chancellor of the exchequer");
                });
    }

    @Test
    void a_company_name_ending_in_co_is_an_organisation() {
        assertThat(parser.parse("Eastman Kodak Co")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.Organisation.class, organisation ->
                        assertThat(organisation.name()).isEqualTo("Eastman Kodak Co"));
    }

    @Test
    void the_person_after_a_possessor_and_after_a_british_honorific_is_named_without_them() {
        assertThat(parser.parse("Forbes’s Brian Caulfield")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Brian Caulfield"));
        assertThat(parser.parse("Mr Drayton")).get()
                .isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person ->
                        assertThat(person.name()).isEqualTo("Drayton"));
    }
}
