package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test on a hand-written article full of hard cases: every quote style, a quote over two paragraphs, one
 * left open, carry-over of pronouns and descriptions, an anonymous source, appositions, "in a statement",
 * "according to", relative and future dates. Published on Wednesday 2022-01-19.
 */
class HardCasesGoldenTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 19);
    private static ExtractionResult result;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream fixture = HardCasesGoldenTest.class.getResourceAsStream("/fixtures/hard-cases/talks-hard-cases.txt")) {
            String original = new String(fixture.readAllBytes(), StandardCharsets.UTF_8);
            result = new RuleBasedArticleExtractor().extract(
                    new ExtractionRequest(original, ContentType.TEXT_PLAIN, null, WEDNESDAY));
        }
    }

    @Test
    void finds_every_statement_in_order_and_nothing_else() {
        assertThat(result.statements()).extracting(ExtractedStatement::cue).containsExactly(
                "said", "told", "added", "said", "warned", "said", "said", "According to", "said", "tell", "said", "said",
                null, "insisted", "said", "say");
    }

    @Test
    void curly_straight_single_and_mixed_quotation_marks_make_direct_quotes() {
        assertThat(statement("told").kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(content(statement("told"))).isEqualTo("We will not retreat from our position, and we will not be lectured");
        assertThat(content(statementAbout("sanctions threats"))).isEqualTo("The sanctions threats are illegal and counterproductive");
        assertThat(content(statementAbout("Our door"))).isEqualTo("Our door remains open to every European democracy.");
        assertThat(result.statements()).filteredOn(statement -> statement.kind() == StatementKind.DIRECT_QUOTE).hasSize(6);
    }

    @Test
    void quote_over_two_paragraphs_is_one_statement_of_the_speaker_named_after_it() {
        ExtractedStatement quote = statementAbout("long negotiation");
        assertThat(content(quote)).startsWith("We are ready for a long negotiation.").endsWith("But we will not wait forever");
        assertThat(content(quote)).contains("\n");
        assertThat(quote.speaker().canonicalName()).isEqualTo("Sergei Lavrov");
    }

    @Test
    void quote_left_open_ends_with_its_paragraph() {
        ExtractedStatement quote = statementAbout("give up an inch");
        assertThat(content(quote)).isEqualTo("We will never give up an inch of our land, whatever they demand.");
        assertThat(quote.speaker().canonicalName()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void pronoun_and_definite_descriptions_carry_over_to_the_last_matching_speaker() {
        assertThat(statement("added").speakerMention()).isEqualTo("He");
        assertThat(statement("added").speaker().canonicalName()).isEqualTo("Sergei Lavrov");
        assertThat(statement("warned").speakerMention()).isEqualTo("the official");
        assertThat(statement("warned").speaker().canonicalName()).isEqualTo("Senior official (United States)");
        assertThat(statement("insisted").speakerMention()).isEqualTo("The ministry");
        assertThat(statement("insisted").speaker().canonicalName()).isEqualTo("Russian Foreign Ministry");
    }

    @Test
    void quote_without_any_cue_is_given_to_the_previous_speaker_with_low_confidence() {
        ExtractedStatement quote = statementAbout("purely defensive");
        assertThat(quote.cue()).isNull();
        assertThat(quote.speakerMention()).isNull();
        assertThat(quote.speaker().canonicalName()).isEqualTo("Sergei Lavrov");
        assertThat(quote.confidence()).isEqualTo(0.5);
    }

    @Test
    void anonymous_source_is_kept_typed_and_affiliated() {
        ActorReference official = statementAbout("missile deployments").speaker();
        assertThat(official.canonicalName()).isEqualTo("Senior official (United States)");
        assertThat(official.type()).isEqualTo(ActorType.ANONYMOUS_SOURCE);
        assertThat(official.affiliation().canonicalName()).isEqualTo("United States");
    }

    @Test
    void apposition_names_the_person_and_gives_the_affiliation() {
        ExtractedStatement peskov = statementAbout("written answers");
        assertThat(peskov.speakerMention()).isEqualTo("Dmitry Peskov, a Kremlin spokesman");
        assertThat(peskov.speaker().canonicalName()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.speaker().affiliation().canonicalName()).isEqualTo("Russia");
    }

    @Test
    void in_a_statement_and_according_to_are_attributions() {
        assertThat(statementAbout("sanctions threats").speakerMention()).isEqualTo("the Russian Foreign Ministry");
        ExtractedStatement according = statement("According to");
        assertThat(according.speakerMention()).isEqualTo("diplomats in Geneva");
        assertThat(content(according)).isEqualTo("the next round could take place in February");
    }

    @Test
    void reported_speech_keeps_its_quoted_words() {
        assertThat(statement("added").kind()).isEqualTo(StatementKind.REPORTED_SPEECH);
        assertThat(content(statement("added"))).isEqualTo("the talks could resume “if the other side shows respect.”");
    }

    @Test
    void relative_explicit_and_future_dates_resolve_against_publication() {
        assertThat(statementAbout("limits on its troops").statementDate()).isEqualTo(LocalDate.of(2022, 1, 17));
        assertThat(statementAbout("missile deployments").statementDate()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(statementAbout("combat troops").statementDate()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(statementAbout("every inch of its territory").statementDate()).isEqualTo(LocalDate.of(2022, 1, 21));
        assertThat(statementAbout("give up an inch").statementDate()).isEqualTo(LocalDate.of(2022, 1, 18));
        assertThat(List.of(statementAbout("limits on its troops"), statementAbout("missile deployments"),
                statementAbout("every inch of its territory"))).noneMatch(ExtractedStatement::statementDateInferred);
    }

    @Test
    void statement_without_date_words_gets_the_publication_date_flagged_inferred() {
        ExtractedStatement critics = statementAbout("doomed");
        assertThat(critics.statementDate()).isEqualTo(WEDNESDAY);
        assertThat(critics.statementDateInferred()).isTrue();
    }

    @Test
    void speakers_found_by_extraction_are_proposed_and_gazetteer_actors_confirmed() {
        assertThat(result.actors()).filteredOn(actor -> actor.type() == ActorType.COUNTRY)
                .allSatisfy(actor -> assertThat(actor.status()).isEqualTo(ActorStatus.CONFIRMED));
        assertThat(result.actors()).filteredOn(actor -> actor.type() == ActorType.PERSON)
                .extracting(ActorReference::canonicalName)
                .containsExactlyInAnyOrder("Sergei Lavrov", "Jens Stoltenberg", "Volodymyr Zelensky", "Dmitry Peskov")
                .hasSize(4);
        assertThat(result.actors()).filteredOn(actor -> actor.type() == ActorType.PERSON)
                .allSatisfy(actor -> assertThat(actor.status()).isEqualTo(ActorStatus.PROPOSED));
    }

    @Test
    void short_mentions_of_people_are_linked_to_their_full_names() {
        assertThat(result.mentions()).filteredOn(mention -> mention.text().equals("Lavrov"))
                .isNotEmpty()
                .allSatisfy(mention -> assertThat(mention.actor().canonicalName()).isEqualTo("Sergei Lavrov"));
        assertThat(result.mentions()).filteredOn(mention -> mention.text().equals("Stoltenberg"))
                .allSatisfy(mention -> assertThat(mention.actor().canonicalName()).isEqualTo("Jens Stoltenberg"));
        assertThat(result.mentions()).allSatisfy(mention ->
                assertThat(result.mainText().substring(mention.span().start(), mention.span().end())).isEqualTo(mention.text()));
    }

    private static ExtractedStatement statement(String cue) {
        return result.statements().stream().filter(statement -> cue.equals(statement.cue())).findFirst().orElseThrow();
    }

    private static ExtractedStatement statementAbout(String words) {
        return result.statements().stream().filter(statement -> content(statement).contains(words)).findFirst().orElseThrow();
    }

    private static String content(ExtractedStatement statement) {
        return result.mainText().substring(statement.span().start(), statement.span().end());
    }
}
