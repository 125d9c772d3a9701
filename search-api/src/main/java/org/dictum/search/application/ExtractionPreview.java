package org.dictum.search.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dictum.domain.extraction.ActorMention;
import org.dictum.domain.extraction.ActorReference;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionResult;

/**
 * What extraction finds in a document, without storing anything: the answer of
 * {@code POST /api/extract} and the lines of {@code ./dictum extract}.
 *
 * @param metadata what the document says about itself, each field with its origin
 * @param actors   every actor found in the main text
 * @param mentions every place in the main text where an actor is named
 * @param topics   topics the taggers suggest
 */
public record ExtractionPreview(
        String title,
        String language,
        String mainText,
        DocumentMetadata metadata,
        List<StatementPreview> statements,
        List<ActorPreview> actors,
        List<MentionPreview> mentions,
        List<String> topics,
        String extractorVersion) {

    public static ExtractionPreview of(ExtractionResult result, Set<String> topics) {
        return new ExtractionPreview(result.title(), result.language(), result.mainText(), result.metadata(),
                result.statements().stream().map(s -> StatementPreview.of(s).withContent(result.mainText())).toList(),
                result.actors().stream().map(ActorPreview::of).toList(),
                result.mentions().stream().map(MentionPreview::of).toList(),
                topics.stream().sorted().toList(), result.extractorVersion());
    }

    /**
     * An actor as extraction identified it.
     *
     * @param status {@code PROPOSED} for names extraction found but the authority does not know yet
     */
    public record ActorPreview(String name, String type, String affiliation, String status) {
        static ActorPreview of(ActorReference actor) {
            return actor == null ? null : new ActorPreview(actor.canonicalName(), actor.type().name(),
                    actor.affiliationIfAny().map(ActorReference::canonicalName).orElse(null), actor.status().name());
        }
    }

    /** A place where an actor is named: the words as written and their span in the main text. */
    public record MentionPreview(String text, int start, int end, String type, String actor) {
        static MentionPreview of(ActorMention mention) {
            return new MentionPreview(mention.text(), mention.span().start(), mention.span().end(), mention.type().name(),
                    mention.actor() == null ? null : mention.actor().canonicalName());
        }
    }

    /** One speech event; {@code start}/{@code end} index the main text. */
    public record StatementPreview(
            String kind,
            String speakerMention,
            ActorPreview speaker,
            String cue,
            String content,
            int start,
            int end,
            LocalDate statementDate,
            boolean statementDateInferred,
            double confidence,
            List<String> mentionedActors) {

        static StatementPreview of(ExtractedStatement s) {
            return new StatementPreview(s.kind().name(), s.speakerMention(), ActorPreview.of(s.speaker()), s.cue(),
                    null, s.span().start(), s.span().end(), s.statementDate(), s.statementDateInferred(),
                    s.confidence(), s.mentionedActors().stream().map(ActorReference::canonicalName).toList());
        }

        StatementPreview withContent(String mainText) {
            return new StatementPreview(kind, speakerMention, speaker, cue, mainText.substring(start, end), start, end,
                    statementDate, statementDateInferred, confidence, mentionedActors);
        }
    }
}
