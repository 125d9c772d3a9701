package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.junit.jupiter.api.Test;

/** Openings of wire stories: datelines and inverted attributions with long titles. Published on Wednesday 2022-01-12. */
class WireStoryGoldenTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);
    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void inverted_attribution_keeps_a_title_with_of_and_a_capitalised_cue_word() {
        ExtractionResult result = extract("The deal is off, said Secretary of State Antony Blinken on Wednesday.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.speakerMention()).isEqualTo("Secretary of State Antony Blinken");
        assertThat(statement.speaker().canonicalName()).isEqualTo("Antony Blinken");
        assertThat(statement.speaker().type()).isEqualTo(ActorType.PERSON);
        assertThat(statement.statementDate()).isEqualTo(WEDNESDAY);
        assertThat(content(result, statement)).isEqualTo("The deal is off");
        assertThat(result.actors()).extracting(ActorReference::canonicalName).doesNotContain("Secretary");
    }

    @Test
    void a_british_style_title_and_a_spokesman_for_a_described_body_are_found_and_referred_back_to() {
        ExtractionResult result = extract("Tanzania will need about 1.2 billion dlrs to support its 1987-1992 five-year "
                + "plan which begins in July, Minister of State for Finance Damas Mbogoro said.\n"
                + "    He told a seminar in Arusha that the plan would concentrate on infrastructure.\n"
                + "    Sugar output was set at 600,000 tonnes, a spokesman for the state-owned Taiwan Sugar Corp said.\n"
                + "    He said the increase was to meet local consumption.");

        assertThat(result.statements()).extracting(ExtractedStatement::speakerMention).containsExactly(
                "Minister of State for Finance Damas Mbogoro", "He",
                "a spokesman for the state-owned Taiwan Sugar Corp", "He");
        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName()).containsExactly(
                "Damas Mbogoro", "Damas Mbogoro", "Spokesman (Taiwan Sugar Corp)", "Spokesman (Taiwan Sugar Corp)");
        assertThat(content(result, result.statements().get(0))).startsWith("Tanzania will need").endsWith("in July");
    }

    @Test
    void dateline_with_agency_is_not_part_of_the_content() {
        ExtractionResult result = extract("WASHINGTON (Reuters) - The United States will send more troops to Europe, "
                + "President Joe Biden said on Friday.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(content(result, statement)).isEqualTo("The United States will send more troops to Europe");
        assertThat(statement.speaker().canonicalName()).isEqualTo("Joe Biden");
        assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2022, 1, 7));
    }

    @Test
    void dateline_with_a_date_is_neither_speaker_nor_statement_date() {
        ExtractionResult result = extract("WASHINGTON, March 3 - The Treasury said on Tuesday that it would issue new "
                + "bonds next month.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.speakerMention()).isEqualTo("The Treasury");
        assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2022, 1, 11));
        assertThat(content(result, statement)).isEqualTo("it would issue new bonds next month");
    }

    @Test
    void dateline_with_region_and_em_dash_before_a_quotation() {
        ExtractionResult result = extract("KYIV, Ukraine — “We are ready for the talks,” the minister said on Tuesday.");

        assertThat(result.statements()).hasSize(1);
        assertThat(content(result, result.statements().get(0))).isEqualTo("We are ready for the talks");
        assertThat(result.statements().get(0).speakerMention()).isEqualTo("the minister");
    }

    @Test
    void a_one_word_name_that_speaks_of_itself_as_it_is_a_body_the_company_refers_to() {
        ExtractionResult result = extract("Gencorp said it will sell its broadcasting unit for 300 mln dlrs. "
                + "The company said the sale would close in the second quarter. Reagan said he welcomed the sale. "
                + "Reagan said it was good news.");

        assertThat(result.statements()).hasSize(4);
        ActorReference gencorp = result.statements().get(0).speaker();
        assertThat(gencorp.canonicalName()).isEqualTo("Gencorp");
        assertThat(gencorp.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(result.statements().get(1).speaker()).isEqualTo(gencorp);
        assertThat(result.statements().get(2).speaker().type()).isEqualTo(ActorType.PERSON);
        assertThat(result.statements().get(3).speaker()).isEqualTo(result.statements().get(2).speaker());
    }

    @Test
    void a_ticker_with_an_exchange_suffix_and_a_state_abbreviation_are_not_speakers() {
        ExtractionResult result = extract("Volkswagen U.S. Inc, a subsidiary of Volkswagen AG <VOWG.F>, said car sales "
                + "fell 42.5 pct. Rep. John LaFalce, D-N.Y., has introduced a bill to create a debt facility.");

        assertThat(result.statements()).extracting(statement -> statement.speaker().canonicalName())
                .containsExactly("Volkswagen U.S. Inc", "John LaFalce");
    }

    private ExtractionResult extract(String sentence) {
        return extractor.extract(new ExtractionRequest("Story\n\n" + sentence, ContentType.TEXT_PLAIN, "Story", WEDNESDAY));
    }

    private static String content(ExtractionResult result, ExtractedStatement statement) {
        return result.mainText().substring(statement.span().start(), statement.span().end());
    }
}
