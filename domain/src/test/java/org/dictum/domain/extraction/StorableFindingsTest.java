package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

class StorableFindingsTest {

    private static final ActorReference US = ActorReference.of("United States", ActorType.COUNTRY);

    @Test
    void a_speaker_whose_name_is_too_long_for_an_actor_keeps_its_mention_without_actor() {
        String longName = "Minister A" + "b".repeat(320);
        String text = longName + " said the talks failed.";

        ExtractionResult result = new RuleBasedArticleExtractor().extract(
                new ExtractionRequest(text, ContentType.TEXT_PLAIN, "Talks", LocalDate.of(2022, 1, 9)));

        assertThat(result.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.speakerMention()).isEqualTo(longName);
            assertThat(statement.speaker()).isNull();
        });
        assertThat(result.actors()).extracting(ActorReference::canonicalName).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(300));
        assertThat(result.mentions()).extracting(mention -> mention.actor().canonicalName())
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(300));
    }

    @Test
    void a_speaker_phrase_or_cue_too_long_to_keep_is_dropped_and_the_statement_kept() {
        String phrase = "x".repeat(501);
        String cue = "y".repeat(101);
        ExtractedStatement found = new ExtractedStatement(StatementKind.REPORTED_SPEECH, phrase,
                ActorReference.proposed("X", ActorType.PERSON, null), cue, new TextSpan(0, 5), null, true, 0.5, List.of(),
                new TextSpan(10, 511), new TextSpan(512, 613));

        ExtractedStatement kept = StorableFindings.of(result(found)).statements().get(0);

        assertThat(kept.span()).isEqualTo(new TextSpan(0, 5));
        assertThat(kept.speakerMention()).isNull();
        assertThat(kept.speaker()).isNull();
        assertThat(kept.speakerSpan()).isNull();
        assertThat(kept.cue()).isNull();
        assertThat(kept.cueSpan()).isNull();
    }

    @Test
    void aliases_and_affiliations_too_long_are_left_out_and_a_fitting_finding_is_kept_as_it_is() {
        ActorReference tooLong = new ActorReference("Z".repeat(301), ActorType.COUNTRY, List.of(), null, ActorStatus.CONFIRMED);
        ActorReference official = new ActorReference("Official", ActorType.ANONYMOUS_SOURCE, List.of("Off", "O".repeat(301)),
                tooLong, ActorStatus.PROPOSED);
        ExtractedStatement fitting = new ExtractedStatement(StatementKind.REPORTED_SPEECH, "the official", US, "said",
                new TextSpan(0, 5), null, true, 0.8, List.of(US), new TextSpan(6, 18), new TextSpan(19, 23));

        assertThat(StorableFindings.actor(official)).get().satisfies(actor -> {
            assertThat(actor.aliases()).containsExactly("Off");
            assertThat(actor.affiliation()).isNull();
        });
        assertThat(StorableFindings.actor(tooLong)).isEmpty();
        assertThat(StorableFindings.of(result(fitting)).statements()).containsExactly(fitting);
    }

    private static ExtractionResult result(ExtractedStatement statement) {
        return new ExtractionResult("T", "text", "en", List.of(statement), List.of(US), "test", DocumentMetadata.none(),
                List.of());
    }
}
