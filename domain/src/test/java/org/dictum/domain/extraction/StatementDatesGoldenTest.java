package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.article.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Statement dates come from the attribution, never from the content, and from the attribution of the statement's own
 * cue. Published on Wednesday 2022-01-12.
 */
class StatementDatesGoldenTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);
    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void future_tense_inside_the_quoted_words_does_not_move_the_weekday_after_publication() {
        assertThat(dates("'We will not back down,' the minister said on Tuesday.")).containsExactly(LocalDate.of(2022, 1, 11));
        assertThat(dates("'We will not back down,' the minister said on Friday.")).containsExactly(LocalDate.of(2022, 1, 7));
        assertThat(dates("The minister on Tuesday said 'we will not back down'.")).containsExactly(LocalDate.of(2022, 1, 11));
    }

    @Test
    void each_attribution_of_a_sentence_keeps_its_own_date_words() {
        assertThat(dates("The mayor said yesterday that the fireworks show would go ahead, and the police chief said on "
                + "Monday that extra officers were on duty.")).containsExactly(LocalDate.of(2022, 1, 11), LocalDate.of(2022, 1, 10));
    }

    @Test
    void a_sentence_opening_date_still_dates_its_first_attribution() {
        assertThat(dates("On Monday, the minister said that the talks would resume in Geneva next month."))
                .containsExactly(LocalDate.of(2022, 1, 10));
    }

    @Test
    void a_future_statement_still_resolves_forward() {
        assertThat(dates("The minister will tell lawmakers on Friday that the talks would resume in Geneva."))
                .containsExactly(LocalDate.of(2022, 1, 14));
    }

    private List<LocalDate> dates(String sentence) {
        ExtractionResult result = extractor.extract(new ExtractionRequest("Talks\n\n" + sentence, ContentType.TEXT_PLAIN,
                "Talks", WEDNESDAY));
        return result.statements().stream().map(ExtractedStatement::statementDate).toList();
    }
}
