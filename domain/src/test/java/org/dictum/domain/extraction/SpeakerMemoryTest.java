package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.junit.jupiter.api.Test;

class SpeakerMemoryTest {

    private final SpeakerPhraseParser parser = SpeakerPhraseParser.english(ActorDictionary.english());
    private final SpeakerMemory memory = new SpeakerMemory();

    @Test
    void differently_worded_descriptions_of_one_official_get_the_same_canonical_actor() {
        ActorReference first = resolve("A senior U.S. official").actor();
        ActorReference second = resolve("a senior Biden administration official").actor();
        assertThat(first.canonicalName()).isEqualTo("Senior official (United States)");
        assertThat(first.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void definite_description_refers_back_to_the_earlier_more_specific_speaker() {
        ActorReference official = resolve("a senior U.S. official").actor();
        resolve("President Joe Biden");
        ResolvedSpeaker later = resolve("the official");
        assertThat(later.actor()).isEqualTo(official);
        assertThat(later.viaCoreference()).isTrue();
    }

    @Test
    void pronoun_refers_to_the_most_recent_person_or_source_not_to_a_country() {
        ActorReference biden = resolve("President Joe Biden").actor();
        resolve("Russia");
        assertThat(resolve("He").actor()).isEqualTo(biden);
    }

    @Test
    void the_paper_refers_back_to_the_newspaper_that_spoke_last() {
        ActorReference times = resolve("the New York Times").actor();
        resolve("President Joe Biden");
        ResolvedSpeaker paper = resolve("The paper");
        assertThat(paper.actor()).isEqualTo(times);
        assertThat(paper.viaCoreference()).isTrue();
        assertThat(resolve("the newspaper").actor()).isEqualTo(times);
        assertThat(resolve("The Economic Daily newspaper").actor()).isNotEqualTo(times);   // a paper of its own
    }

    @Test
    void the_paper_without_a_newspaper_before_it_stays_unresolved() {
        resolve("Exxon Corp");
        assertThat(resolve("The paper").actor()).isNull();
    }

    @Test
    void surname_alone_refers_back_to_the_full_name() {
        ActorReference biden = resolve("President Joe Biden").actor();
        assertThat(biden.canonicalName()).isEqualTo("Joe Biden");
        assertThat(resolve("Biden").actor()).isEqualTo(biden);
    }

    @Test
    void the_company_refers_back_to_the_company_named_with_its_legal_form() {
        ActorReference company = resolve("Angio-Medical Corp").actor();
        resolve("Analysts");
        ResolvedSpeaker later = resolve("The company");
        assertThat(later.actor()).isEqualTo(company);
        assertThat(later.viaCoreference()).isTrue();
        assertThat(new SpeakerMemory().resolve(parser.parse("the company").orElseThrow()).actor().canonicalName())
                .isEqualTo("Company");
    }

    @Test
    void the_company_and_the_utility_refer_back_to_a_company_whose_legal_form_stands_inside_its_name() {
        ActorReference company = resolve("Electronic Mail Corp of America").actor();

        assertThat(resolve("The company").actor()).isEqualTo(company);
        assertThat(resolve("the utility").actor()).isEqualTo(company);
    }

    @Test
    void an_institute_or_a_bureau_is_a_body() {
        assertThat(resolve("the HWWA economic research institute").actor().type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(resolve("the census bureau").actor().type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void a_company_s_first_word_alone_refers_back_to_the_company() {
        ActorReference plessey = resolve("Plessey Co Plc").actor();
        assertThat(resolve("Plessey").actor()).isEqualTo(plessey);
        ActorReference moodys = resolve("Moody's Investors Service Inc").actor();
        assertThat(resolve("Moody's").actor()).isEqualTo(moodys);
    }

    @Test
    void the_bank_and_the_bank_s_word_alone_refer_back_to_the_named_bank() {
        ActorReference bank = resolve("The Bank of England").actor();
        resolve("Dealers");
        assertThat(resolve("The bank").actor()).isEqualTo(bank);
        assertThat(resolve("the Bank").actor()).isEqualTo(bank);
    }

    @Test
    void a_name_whose_apposition_says_it_is_a_company_is_one_and_the_company_refers_to_it() {
        SpeakerPhrase phrase = parser.classify("White Engine, a manufacturer of diesel engines with 100 mln dlrs in sales",
                "White Engine", ", a manufacturer of diesel engines with 100 mln dlrs in sales");
        ActorReference engine = memory.resolve(phrase).actor();
        assertThat(engine.canonicalName()).isEqualTo("White Engine");
        assertThat(engine.type()).isEqualTo(ActorType.ORGANIZATION);
        resolve("Analysts");
        assertThat(resolve("The company").actor()).isEqualTo(engine);
        assertThat(memory.resolve(parser.classify("Petra Novak, a spokeswoman for the firm", "Petra Novak",
                ", a spokeswoman for the firm")).actor().type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void a_possessor_country_before_a_company_is_its_affiliation_not_part_of_its_name() {
        ActorReference stora = resolve("Sweden's Stora Kopparbergs Bergslags AB").actor();
        assertThat(stora.canonicalName()).isEqualTo("Stora Kopparbergs Bergslags AB");
        assertThat(stora.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(stora.affiliation().canonicalName()).isEqualTo("Sweden");
        assertThat(resolve("the company").actor()).isEqualTo(stora);
    }

    @Test
    void a_name_after_a_body_s_description_is_the_body_and_later_alone_too() {
        ActorReference eurostat = resolve("the EC statistics agency Eurostat").actor();
        assertThat(eurostat.canonicalName()).isEqualTo("Eurostat");
        assertThat(eurostat.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(resolve("It").actor()).isEqualTo(eurostat);
        assertThat(resolve("Eurostat").actor()).isEqualTo(eurostat);
    }

    @Test
    void an_airline_named_with_airways_is_an_organisation() {
        ActorReference airline = resolve("British Caledonian Airways").actor();
        assertThat(airline.canonicalName()).isEqualTo("British Caledonian Airways");
        assertThat(airline.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void a_name_in_the_possessive_as_the_subject_is_a_business() {
        ActorReference moodys = resolve("Moody's").actor();
        assertThat(moodys.canonicalName()).isEqualTo("Moody's");
        assertThat(moodys.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void an_abbreviation_refers_back_to_the_body_whose_initials_it_spells() {
        ActorReference gm = resolve("General Motors Corp").actor();
        ActorReference ratings = resolve("Standard and Poor's Corp").actor();
        assertThat(resolve("GM").actor()).isEqualTo(gm);
        assertThat(resolve("S and P").actor()).isEqualTo(ratings);
        assertThat(resolve("S&P").actor()).isEqualTo(ratings);
        assertThat(resolve("TWA").actor().canonicalName()).isEqualTo("TWA");
    }

    @Test
    void a_document_named_after_its_issuer_is_the_issuer_s_statement() {
        ActorReference plessey = resolve("Plessey Co Plc").actor();
        assertThat(resolve("A Plessey statement").actor()).isEqualTo(plessey);
        assertThat(resolve("A World Bank statement").actor().canonicalName()).isEqualTo("World Bank");
        assertThat(resolve("the report").actor()).isNull();
        assertThat(resolve("An Italian press report").actor()).isNull();
        assertThat(resolve("a new poll").actor()).isNull();
    }

    @Test
    void a_surname_with_its_particle_refers_back_to_the_full_name() {
        ActorReference osama = resolve("Osama bin Laden").actor();
        assertThat(resolve("bin Laden").actor()).isEqualTo(osama);
    }

    @Test
    void a_website_and_a_movement_of_the_gazetteer_are_organisations() {
        assertThat(resolve("BET.com").actor().type()).isEqualTo(ActorType.ORGANIZATION);
        ActorReference qaeda = resolve("al-Qaeda").actor();
        assertThat(qaeda.canonicalName()).isEqualTo("Al Qaeda");
        assertThat(qaeda.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void pronoun_without_an_earlier_speaker_stays_unresolved() {
        assertThat(resolve("She").actor()).isNull();
    }

    @Test
    void institutional_pronoun_refers_to_an_organisation() {
        ActorReference nato = resolve("NATO").actor();
        resolve("a senior official");
        assertThat(resolve("It").actor()).isEqualTo(nato);
    }

    @Test
    void description_without_affiliation_has_a_plain_role_name() {
        assertThat(resolve("a diplomat").actor().canonicalName()).isEqualTo("Diplomat");
        assertThat(resolve("officials").actor().canonicalName()).isEqualTo("Officials");
    }

    @Test
    void first_and_second_person_pronouns_stay_unresolved() {
        resolve("President Joe Biden");
        assertThat(resolve("I").actor()).isNull();
        assertThat(resolve("we").actor()).isNull();
    }

    @Test
    void definite_role_refers_back_to_a_person_with_that_title() {
        ActorReference biden = resolve("President Joe Biden").actor();
        assertThat(resolve("the president").actor()).isEqualTo(biden);
    }

    @Test
    void documents_and_shares_of_the_polled_have_no_actor() {
        assertThat(resolve("a new poll").actor()).isNull();
        assertThat(resolve("32 percent").actor()).isNull();
    }

    @Test
    void capitalised_group_word_is_not_a_person() {
        assertThat(resolve("Fishermen").actor()).isNull();
        assertThat(resolve("Pensioners").actor()).isNull();
        assertThat(resolve("Farmers").actor().type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);   // a listed role
    }

    @Test
    void speaker_is_matched_to_the_person_the_article_names() {
        ActorReference blinken = ActorReference.proposed("Antony Blinken", ActorType.PERSON, null);
        SpeakerMemory withNames = new SpeakerMemory(new ArticleNames(
                java.util.Map.of("Blinken", blinken, "Antony Blinken", blinken), List.of(blinken), List.of()), java.util.Set.of());
        assertThat(withNames.resolve(parser.parse("Blinken").orElseThrow()).actor()).isEqualTo(blinken);
    }

    @Test
    void a_one_word_name_called_it_is_a_body_unless_a_title_makes_it_a_person() {
        SpeakerMemory withBodies = new SpeakerMemory(ArticleNames.none(), java.util.Set.of("Texaco", "Baker"));
        ActorReference texaco = withBodies.resolve(parser.parse("Texaco").orElseThrow()).actor();
        assertThat(texaco.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(withBodies.resolve(parser.parse("The company").orElseThrow()).actor()).isEqualTo(texaco);
        assertThat(withBodies.resolve(parser.parse("Treasury Secretary Baker").orElseThrow()).actor().type())
                .isEqualTo(ActorType.PERSON);
    }

    @Test
    void organisation_is_referred_back_to_by_its_role_noun() {
        ActorReference ministry = resolve("the Russian Foreign Ministry").actor();
        assertThat(ministry.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(resolve("the ministry").actor()).isEqualTo(ministry);
    }

    @Test
    void another_alone_is_one_more_of_the_unnamed_group_that_spoke_last() {
        resolve("Dealers in Tokyo");
        resolve("Paul Volcker");
        ResolvedSpeaker another = resolve("Another");
        assertThat(another.actor().canonicalName()).isEqualTo("Dealer (Japan)");
        assertThat(another.actor().type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(another.viaCoreference()).isTrue();
        assertThat(new SpeakerMemory().resolve(parser.parse("Another").orElseThrow()).actor()).isNull();
    }

    @Test
    void a_possessive_refers_back_like_its_pronoun_and_our_stays_the_writers() {
        ActorReference commission = resolve("the European Commission").actor();
        assertThat(resolve("its").actor()).isEqualTo(commission);
        ActorReference volcker = resolve("Paul Volcker").actor();
        assertThat(resolve("his").actor()).isEqualTo(volcker);
        assertThat(resolve("our").actor()).isNull();
    }

    @Test
    void brokers_and_arbitragers_are_unnamed_groups() {
        assertThat(resolve("Brokers").actor().type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(resolve("arbitragers").actor().canonicalName()).isEqualTo("Arbitragers");
    }

    @Test
    void sources_close_to_a_body_or_person_are_unnamed_people_affiliated_with_it() {
        ActorReference ministry = resolve("Sources close to the Italian Foreign Ministry").actor();
        assertThat(ministry.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(ministry.affiliation().canonicalName()).isEqualTo("Italian Foreign Ministry");
        ActorReference person = resolve("sources close to Finance Minister Edouard Balladur").actor();
        assertThat(person.affiliation().canonicalName()).isEqualTo("Edouard Balladur");
        assertThat(person.affiliation().type()).isEqualTo(ActorType.PERSON);
        ActorReference unnamed = resolve("Sources close to the ministry").actor();
        assertThat(unnamed.canonicalName()).isEqualTo("Sources");
        assertThat(unnamed.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
    }

    @Test
    void people_of_a_body_described_not_named_are_the_people_not_the_body() {
        ActorReference representatives = resolve("Representatives of the major government agencies").actor();
        assertThat(representatives.canonicalName()).isEqualTo("Representatives");
        assertThat(representatives.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(resolve("Officials of the Italian government").actor().affiliation().canonicalName()).isEqualTo("Italy");
        ActorReference titled = resolve("President of the company John Smith").actor();
        assertThat(titled.canonicalName()).isEqualTo("John Smith");
        assertThat(titled.type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void a_business_named_after_the_part_it_plays_is_an_organisation_and_a_lower_case_role_of_a_body_its_person() {
        ActorReference manager = resolve("lead manager Credit Suisse First Boston Ltd").actor();
        assertThat(manager.canonicalName()).isEqualTo("Credit Suisse First Boston Ltd");
        assertThat(manager.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(resolve("bookrunner Merrill Lynch Capital Markets").actor().type()).isEqualTo(ActorType.ORGANIZATION);
        ActorReference chairman = resolve("chairman of Acme Corp").actor();
        assertThat(chairman.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(chairman.affiliation().canonicalName()).isEqualTo("Acme Corp");
        assertThat(resolve("U.S. trade representative Clayton Yeutter").actor().type()).isEqualTo(ActorType.PERSON);
    }

    private ResolvedSpeaker resolve(String phrase) {
        return memory.resolve(parser.parse(phrase).orElseThrow());
    }
}
