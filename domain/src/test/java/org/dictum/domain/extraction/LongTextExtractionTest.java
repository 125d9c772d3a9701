package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * A long text gives each of its paragraphs the statements the paragraph gives alone: statements are compared with the
 * quotations and statements near them, never with all of the text's (which made extraction time grow with the square
 * of the text's length). How long extraction takes is measured outside the tests (docs/EXTRACTION.md).
 */
class LongTextExtractionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);
    private static final String PARAGRAPH = "The minister said on Tuesday that the talks would resume next week in Geneva. "
            + "“We are ready,” he added.\n";
    private static final int PARAGRAPHS = 3_000;

    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void every_paragraph_of_a_long_repeated_text_keeps_its_two_statements_speaker_and_date() {
        ExtractionResult result = extractor.extract(new ExtractionRequest("Talks\n\n" + PARAGRAPH.repeat(PARAGRAPHS),
                ContentType.TEXT_PLAIN, "Talks", WEDNESDAY));

        List<ExtractedStatement> statements = result.statements();
        assertThat(statements).hasSize(2 * PARAGRAPHS);
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.speaker()).isNotNull();
            assertThat(statement.speaker().canonicalName()).isEqualTo(statements.get(0).speaker().canonicalName());
            assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2022, 1, 11));
        });
        assertThat(statements).extracting(ExtractedStatement::kind).containsOnly(StatementKind.REPORTED_SPEECH,
                StatementKind.DIRECT_QUOTE);
        assertThat(statements).filteredOn(statement -> statement.kind() == StatementKind.DIRECT_QUOTE)
                .extracting(statement -> result.mainText().substring(statement.span().start(), statement.span().end()))
                .hasSize(PARAGRAPHS).containsOnly("We are ready");
    }

    @Test
    void a_quotation_far_after_a_direct_quote_is_not_joined_to_it() {
        String text = "Talks\n\n“We are ready for the talks,” the minister said.\n"
                + "The weather was fine and nobody spoke about anything at all. ".repeat(20) + "\n"
                + "“This quotation opens its own paragraph without any cue.”\n";
        ExtractionResult result = extractor.extract(new ExtractionRequest(text, ContentType.TEXT_PLAIN, "Talks", WEDNESDAY));

        assertThat(result.statements()).hasSize(2);
        assertThat(result.statements().get(1).cue()).isNull();
    }
}
