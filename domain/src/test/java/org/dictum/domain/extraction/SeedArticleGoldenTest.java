package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test on the seed article (The Independent / AP, US-Russia talks, 2022-01-09). */
class SeedArticleGoldenTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 9);
    private static final LocalDate SATURDAY_BEFORE = LocalDate.of(2022, 1, 8);
    private static final String SPEAKER = "Senior official (United States)";

    private static ExtractionResult result;

    @BeforeAll
    static void extractSeed() throws IOException {
        try (InputStream seed = SeedArticleGoldenTest.class.getResourceAsStream("/fixtures/seed/us-russia-talks-independent.txt")) {
            String original = new String(seed.readAllBytes(), StandardCharsets.UTF_8);
            result = new RuleBasedArticleExtractor().extract(
                    new ExtractionRequest(original, ContentType.TEXT_PLAIN, null, PUBLISHED));
        }
    }

    @Test
    void headline_line_becomes_the_title_and_leaves_the_main_text() {
        assertThat(result.title()).isEqualTo("US open to limiting military exercises, missiles with Russia");
        assertThat(result.mainText())
                .startsWith("A senior U.S. official says the United States is open")
                .doesNotContain("US open to limiting military exercises");
    }

    @Test
    void donation_appeal_is_removed_and_the_glued_lead_paragraph_is_kept_whole() {
        assertThat(result.mainText())
                .doesNotContain("Your support", "donation", "The Independent is trusted", "paywalls", "reporters on the ground")
                .contains("\nThe United States is open to discussions with Russia on curtailing possible future deployments")
                .endsWith("with a broader European audience on Thursday.");
    }

    @Test
    void finds_exactly_the_six_statements_of_the_senior_official_in_order() {
        List<ExtractedStatement> statements = result.statements();
        assertThat(statements).extracting(ExtractedStatement::kind).containsExactly(
                StatementKind.REPORTED_SPEECH, StatementKind.REPORTED_SPEECH, StatementKind.REPORTED_SPEECH,
                StatementKind.REPORTED_SPEECH, StatementKind.DIRECT_QUOTE, StatementKind.DIRECT_QUOTE);
        assertThat(statements).extracting(ExtractedStatement::cue)
                .containsExactly("says", "said", "said", "said", "said", "added");
        assertThat(statements).extracting(ExtractedStatement::speakerMention).containsExactly(
                "A senior U.S. official", "a senior Biden administration official", "the official", "The official",
                "the official", "He");
        assertThat(contents()).containsExactly(
                "the United States is open to discussions with Russia on curtailing possible future deployments of"
                        + " offensive missiles in Ukraine and putting limits on U.S. and NATO military exercises in"
                        + " Eastern Europe as part of strategic talks to begin next week",
                "The United States is open to discussions with Russia on curtailing possible future deployments of"
                        + " offensive missiles in Ukraine and putting limits on U.S. and NATO military exercises in"
                        + " Eastern Europe as part of strategic talks to begin next week",
                "any agreements on either matter would be contingent on Russia removing threats to Ukraine and that"
                        + " no decisions would be made without the consent of Ukraine or NATO",
                "there was no chance the U.S. would reduce its military presence or arsenal in Eastern Europe as"
                        + " Russia has demanded",
                "We think we can at least explore the possibility of making progress with the Russians",
                "there will be no firm commitments made in these talks.");
    }

    @Test
    void every_statement_is_attributed_to_the_same_anonymous_us_official() {
        assertThat(result.statements()).allSatisfy(statement -> {
            assertThat(statement.speaker().canonicalName()).isEqualTo(SPEAKER);
            assertThat(statement.speaker().type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
            assertThat(statement.speaker().affiliation().canonicalName()).isEqualTo("United States");
            assertThat(statement.speaker().affiliation().type()).isEqualTo(ActorType.COUNTRY);
        });
    }

    @Test
    void every_statement_is_dated_to_the_saturday_of_the_call() {
        assertThat(result.statements()).allSatisfy(statement -> {
            assertThat(statement.statementDate()).isEqualTo(SATURDAY_BEFORE);
            assertThat(statement.statementDateInferred()).isFalse();
        });
    }

    @Test
    void spans_point_at_the_content_in_the_main_text() {
        assertThat(result.statements()).allSatisfy(statement -> {
            assertThat(statement.span().fitsIn(result.mainText())).isTrue();
            assertThat(statement.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(contents()).noneMatch(content -> content.startsWith("Russia has demanded")
                || content.startsWith("The U.S. and NATO have rejected") || content.contains("Your support"));
    }

    @Test
    void named_actors_of_the_article_and_of_the_first_statement_are_found() {
        assertThat(result.actors()).extracting(ActorReference::canonicalName)
                .contains("United States", "Russia", "Ukraine", "NATO", "Switzerland")
                .doesNotHaveDuplicates();
        assertThat(result.statements().get(0).mentionedActors()).extracting(ActorReference::canonicalName)
                .contains("Russia", "Ukraine", "NATO", "United States");
    }

    @Test
    void language_is_english_and_version_is_recorded() {
        assertThat(result.language()).isEqualTo("en");
        assertThat(result.extractorVersion()).isEqualTo(RuleBasedArticleExtractor.VERSION);
    }

    private static List<String> contents() {
        return result.statements().stream()
                .map(statement -> result.mainText().substring(statement.span().start(), statement.span().end()))
                .toList();
    }
}
