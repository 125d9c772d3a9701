package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

/** An anonymity clause between speaker and cue, and unbalanced quotation marks. Published 2022-01-12. */
class AttributionAsidesGoldenTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);
    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void speaking_on_condition_of_anonymity_is_part_of_the_speaker_not_a_statement() {
        ExtractionResult result = extract("A senior U.S. official, speaking on condition of anonymity, said Washington "
                + "had shared intelligence with its allies.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.cue()).isEqualTo("said");
        assertThat(statement.speakerMention()).isEqualTo("A senior U.S. official");
        assertThat(statement.speaker().canonicalName()).isEqualTo("Senior official (United States)");
        assertThat(statement.speaker().type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(content(result, statement)).isEqualTo("Washington had shared intelligence with its allies");
    }

    @Test
    void speaking_anonymously_is_part_of_the_speaker_too() {
        ExtractionResult result = extract("Two officials, speaking anonymously because they were not authorized to "
                + "talk, said the plan was dead.");

        assertThat(result.statements()).extracting(ExtractedStatement::speakerMention).containsExactly("Two officials");
        assertThat(content(result, result.statements().get(0))).isEqualTo("the plan was dead");
    }

    @Test
    void a_closing_mark_that_closes_no_quotation_is_not_content() {
        ExtractionResult result = extract("We will not back down,” the minister said on Tuesday.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(content(result, statement)).isEqualTo("We will not back down");
        assertThat(statement.speakerMention()).isEqualTo("the minister");
        assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2022, 1, 11));
    }

    @Test
    void a_quotation_never_closed_does_not_swallow_its_attribution() {
        ExtractionResult result = extract("“We will not back down, the minister said on Tuesday.");

        assertThat(result.statements()).hasSize(1);
        ExtractedStatement statement = result.statements().get(0);
        assertThat(statement.kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(content(result, statement)).isEqualTo("We will not back down");
        assertThat(statement.cue()).isEqualTo("said");
        assertThat(statement.speakerMention()).isEqualTo("the minister");
        assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2022, 1, 11));
    }

    @Test
    void cue_words_inside_a_quotation_never_closed_stay_the_quoted_words_when_it_has_no_attribution_of_its_own() {
        ExtractionResult result = extract("“We will not back down. We said so before, and we say it again.");

        assertThat(result.statements()).hasSize(1);
        assertThat(result.statements().get(0).cue()).isNull();
        assertThat(content(result, result.statements().get(0)))
                .isEqualTo("We will not back down. We said so before, and we say it again.");
    }

    @Test
    void quoted_words_at_the_end_of_a_content_keep_their_marks() {
        ExtractionResult result = extract("The plan is “dead on arrival,” the minister said on Tuesday.");

        assertThat(content(result, result.statements().get(0))).isEqualTo("The plan is “dead on arrival,”");
    }

    private ExtractionResult extract(String sentence) {
        return extractor.extract(new ExtractionRequest("Story\n\n" + sentence, ContentType.TEXT_PLAIN, "Story", WEDNESDAY));
    }

    private static String content(ExtractionResult result, ExtractedStatement statement) {
        return result.mainText().substring(statement.span().start(), statement.span().end());
    }
}
