package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

class RuleBasedArticleExtractorTest {

    private static final LocalDate SUNDAY = LocalDate.of(2022, 1, 9);
    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void quote_without_named_speaker_is_attributed_to_previous_speaker() {
        ExtractionResult result = plain("""
                Lavrov speaks
                Foreign Minister Sergei Lavrov said Monday that Russia would not back down.
                “We have made our position clear to everyone at the table.”""", SUNDAY);
        assertThat(result.statements()).hasSize(2);
        ExtractedStatement quote = result.statements().get(1);
        assertThat(quote.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(quote.speaker().canonicalName()).isEqualTo("Sergei Lavrov");
        assertThat(quote.speaker().type()).isEqualTo(ActorType.PERSON);
        assertThat(quote.speakerMention()).isNull();
        assertThat(quote.confidence()).isEqualTo(0.5);
        assertThat(quote.statementDate()).isEqualTo(LocalDate.of(2022, 1, 3));
    }

    @Test
    void a_surname_that_is_also_a_title_names_the_person_and_its_short_mentions_refer_back() {
        ExtractionResult result = plain("""
                Book festival goes ahead
                Stephen King told reporters on Friday that the festival would go ahead.
                King added that he was tired. “It was a long tour,” Mr. King said.""", SUNDAY);
        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName())
                .containsExactly("Stephen King", "Stephen King", "Stephen King");
        assertThat(result.statements().get(0).speaker().type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void a_wire_story_wrapped_at_a_fixed_width_keeps_whole_sentences_and_speakers() {
        ExtractionResult result = extractor.extract(new ExtractionRequest("""
                Magma Copper Co, a subsidiary of Newmont Mining Corp, and Phelps
                Dodge Corp said they would cut their copper cathode prices by 0.75
                cent to 66 cents a lb, effective immediately.
                    Dealers said the cut had been expected since the London Metal
                Exchange price fell last week, and that other U.S. producers would
                follow within days.
                    A spokesman for Phelps Dodge Corp said the company would review
                its price again at the end of the month.""", ContentType.TEXT_PLAIN, "MAGMA LOWERS COPPER PRICE", SUNDAY));
        assertThat(result.mainText()).contains("0.75 cent to 66 cents", "London Metal Exchange price");
        assertThat(result.statements()).extracting(statement ->
                        result.mainText().substring(statement.span().start(), statement.span().end()))
                .contains("the cut had been expected since the London Metal Exchange price fell last week, and that other"
                                + " U.S. producers would follow within days",
                        "the company would review its price again at the end of the month");
    }

    @Test
    void html_article_is_cleaned_and_its_statements_point_into_the_main_text() {
        ExtractionResult result = extractor.extract(new ExtractionRequest("""
                <html><head><title>Kremlin warns</title><script>x = "said the script that runs";</script></head>
                <body><nav><a>Home</a></nav><article><p>The Kremlin warned on Friday that sanctions would backfire.</p>
                <p>“We will respond in kind to every step,” said Dmitry Peskov.</p></article><footer>(c)</footer></body></html>
                """, ContentType.TEXT_HTML, null, SUNDAY));
        assertThat(result.title()).isEqualTo("Kremlin warns");
        assertThat(result.mainText()).doesNotContain("script", "Home", "(c)");
        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName())
                .containsExactly("Russia", "Dmitry Peskov");
        assertThat(result.statements().get(0).statementDate()).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(result.statements()).allSatisfy(statement ->
                assertThat(statement.span().fitsIn(result.mainText())).isTrue());
    }

    @Test
    void statement_of_a_speaker_without_date_words_is_dated_to_publication_and_marked_inferred() {
        ExtractionResult result = plain("The ministry said the troops had returned to their bases.", SUNDAY);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.statementDate()).isEqualTo(SUNDAY);
        assertThat(statement.statementDateInferred()).isTrue();
    }

    @Test
    void without_publication_date_relative_dates_stay_unknown() {
        ExtractedStatement statement = plain("NATO said Saturday the alliance was united.", null).statements().get(0);
        assertThat(statement.statementDate()).isNull();
        assertThat(statement.statementDateInferred()).isTrue();
    }

    @Test
    void mentioned_actors_exclude_the_speaker() {
        ExtractedStatement statement = plain("Russia said NATO and Ukraine had ignored its concerns.", SUNDAY).statements().get(0);
        assertThat(statement.speaker().canonicalName()).isEqualTo("Russia");
        assertThat(statement.mentionedActors()).extracting(ActorReference::canonicalName).containsExactly("NATO", "Ukraine");
    }

    @Test
    void pronoun_carry_over_scores_lower_than_a_named_speaker() {
        List<ExtractedStatement> statements = plain("""
                “The talks were useful for both sides,” said President Joe Biden.
                He added that “more work is needed before any agreement.”""", SUNDAY).statements();
        assertThat(statements).extracting(ExtractedStatement::confidence).containsExactly(0.9, 0.7);
        assertThat(statements.get(1).speaker()).isEqualTo(statements.get(0).speaker());
    }

    @Test
    void text_without_speech_has_no_statements_but_still_lists_its_actors() {
        ExtractionResult result = plain("Russia has demanded binding promises from NATO.", SUNDAY);
        assertThat(result.statements()).isEmpty();
        assertThat(result.actors()).extracting(ActorReference::canonicalName).containsExactly("Russia", "NATO");
    }

    @Test
    void one_instance_serves_concurrent_requests_with_identical_results() {
        String text = "A senior U.S. official said Saturday the talks would go ahead.\nHe said Russia must pull back.";
        ExtractionResult expected = plain(text, SUNDAY);
        List<ExtractionResult> results = java.util.stream.IntStream.range(0, 32).parallel()
                .mapToObj(i -> plain(text, SUNDAY)).toList();
        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
    }

    @Test
    void mentions_of_gazetteer_actors_and_recognised_people_point_into_the_main_text() {
        ExtractionResult result = plain("""
                Talks in Geneva
                Secretary of State Antony Blinken met Russian diplomats. Blinken said Moscow must choose.""", SUNDAY);
        assertThat(result.mentions()).extracting(ActorMention::text)
                .containsExactly("Secretary of State Antony Blinken", "Russian", "Blinken", "Moscow");
        assertThat(result.mentions()).extracting(mention -> mention.actor().canonicalName())
                .containsExactly("Antony Blinken", "Russia", "Antony Blinken", "Russia");
        assertThat(result.mentions()).allSatisfy(mention -> assertThat(
                result.mainText().substring(mention.span().start(), mention.span().end())).isEqualTo(mention.text()));
        assertThat(result.statements().get(0).speaker().canonicalName()).isEqualTo("Antony Blinken");
    }

    @Test
    void actors_named_only_in_the_title_are_actors_of_the_article_without_a_mention() {
        ExtractionResult result = extractor.extract(new ExtractionRequest(
                "The talks ended without result.", ContentType.TEXT_PLAIN, "JAPAN AND CHINA END TALKS", SUNDAY));
        assertThat(result.actors()).extracting(ActorReference::canonicalName).containsExactly("Japan", "China");
        assertThat(result.mentions()).isEmpty();
    }

    @Test
    void recurring_name_of_unknown_type_is_a_proposed_actor_but_not_a_mentioned_actor_of_statements() {
        ExtractionResult result = plain("""
                Troops in the east
                The official said troops in Eastern Europe would stay. NATO said Eastern Europe needed more of them.""", SUNDAY);
        assertThat(result.actors()).filteredOn(actor -> actor.canonicalName().equals("Eastern Europe"))
                .singleElement().satisfies(actor -> {
                    assertThat(actor.type()).isEqualTo(ActorType.OTHER);
                    assertThat(actor.status()).isEqualTo(org.dictum.domain.actor.ActorStatus.PROPOSED);
                });
        assertThat(result.statements()).allSatisfy(statement -> assertThat(statement.mentionedActors())
                .extracting(ActorReference::canonicalName).doesNotContain("Eastern Europe"));
    }

    @Test
    void a_name_written_with_combining_marks_is_one_speaker_and_the_text_stays_as_written() {
        // "Jörg Bühler" with each umlaut as a base letter and a combining diaeresis (NFD), as some feeds send it.
        String text = "Jo\u0308rg Bu\u0308hler said the talks would resume.";
        ExtractionResult result = plain(text, SUNDAY);
        assertThat(result.mainText()).isEqualTo(text);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.speaker().canonicalName()).isEqualTo("Jo\u0308rg Bu\u0308hler");
        assertThat(statement.speaker().type()).isEqualTo(ActorType.PERSON);
        assertThat(text.substring(statement.span().start(), statement.span().end())).isEqualTo("the talks would resume");
    }

    @Test
    void a_surname_ending_in_ly_is_part_of_the_speaker_not_an_adverb() {
        String text = "Mary Kelly said the vote was close. Sean Connolly repeatedly said the plan had failed. "
                + "Separately, officials said talks would go on.";
        ExtractionResult result = plain(text, SUNDAY);
        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName())
                .containsExactly("Mary Kelly", "Sean Connolly", "Officials");
        assertThat(result.statements()).extracting(ExtractedStatement::cue).containsExactly("said", "said", "said");
    }

    @Test
    void a_surname_ending_in_ly_that_opens_the_sentence_is_the_speaker() {
        ExtractionResult result = plain("Kelly said the vote was close.", SUNDAY);
        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName())
                .containsExactly("Kelly");
    }

    @Test
    void a_capitalised_verb_inside_a_name_is_no_cue_for_the_model_either() {
        ExtractionResult result = plain("""
                Jamaica reschedules debt
                The Jamaican Information Service said the committee agreed on a rescheduling of bank debt.
                Repayments will be stretched out over 12 years with 8-1/2 years' grace at 1-1/4 percentage points over \
                the London Interbank Offered Rate, Libor. The margin on restructured debt also will be cut.""", SUNDAY);
        assertThat(result.statements()).extracting(ExtractedStatement::cue).containsExactly("said");
    }

    private ExtractionResult plain(String text, LocalDate published) {
        return extractor.extract(new ExtractionRequest(text, ContentType.TEXT_PLAIN, null, published));
    }

    @Test
    void a_speaking_aside_between_subject_and_cue_leaves_the_subject_the_speaker() {
        List<ExtractedStatement> statements = plain("""
                The senator, speaking to reporters on Monday, said the bill would pass.
                The minister, speaking in Brussels, said the talks would resume.""", SUNDAY).statements();
        assertThat(statements).extracting(statement -> statement.speakerMention())
                .containsExactly("The senator", "The minister");
    }

    @Test
    void formulas_that_link_the_writers_sentences_quote_nobody() {
        List<ExtractedStatement> statements = plain("""
                Having said that, there are some economists who argue that taxes should be low.
                Having said all that, when the actress sat down after the break-up, she cried.
                That said, the company expects growth next year.
                Needless to say, the plan failed.
                That being said, investors remain cautious about the outlook.
                Suffice it to say, the minister was not pleased.
                The minister said that the talks would resume.""", SUNDAY).statements();
        assertThat(statements).extracting(ExtractedStatement::speakerMention)
                .doesNotContain("Having", "Needless", "That", "Suffice")
                .contains("The minister");
    }

    @Test
    void a_participle_clause_names_no_speaker_before_its_cue() {
        List<ExtractedStatement> statements = plain("""
                Having announced that he would not send her to prison, the judge read the verdict.
                The minister said that the talks would resume.""", SUNDAY).statements();
        assertThat(statements).extracting(ExtractedStatement::speakerMention)
                .doesNotContain("Having")
                .contains("The minister");
    }

    @Test
    void a_label_before_a_colon_names_no_speaker() {
        List<ExtractedStatement> statements = plain("""
                ACME EARNINGS
                Shr 34 cts vs 1.19 dlrs
                    NOTE: Per shr calculated after payment of preferred dividends.
                    Note: Excludes tax gain of 295,000 dlrs for qtr and year.
                    Photo: The new plant opens in Ohio next spring.
                    Disclaimer: Fans of the band might like to read this later.
                    Me: Congratulations on an excellent car, Mr Wagh.
                The company said it expects higher sales next year.""", SUNDAY).statements();
        assertThat(statements).extracting(ExtractedStatement::speakerMention).containsExactly("The company");
    }
}
