package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;

/**
 * One speech event found by extraction.
 *
 * @param kind                  direct quote or reported speech
 * @param speakerMention        the speaker as written ("a senior U.S. official", "He"), null if none
 * @param speaker               the actor the speaker resolves to, null if unresolved
 * @param cue                   the cue verb or phrase as written ("said", "according to")
 * @param span                  the content's character range in the main text
 * @param statementDate         when the statement was made, null if there is no publication date
 * @param statementDateInferred true when no date was found in the text and the publication date stands in
 * @param confidence            in [0, 1]
 * @param mentionedActors       actors named in the content (the speaker is not repeated here)
 * @param speakerSpan           where the speaker mention is in the main text; for a quote without attribution the
 *                              mention of the earlier speaker it is given to; null when there is none
 * @param cueSpan               where the cue is in the main text, null when there is none
 */
public record ExtractedStatement(
        StatementKind kind,
        String speakerMention,
        ActorReference speaker,
        String cue,
        TextSpan span,
        LocalDate statementDate,
        boolean statementDateInferred,
        double confidence,
        List<ActorReference> mentionedActors,
        TextSpan speakerSpan,
        TextSpan cueSpan) {

    public ExtractedStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        mentionedActors = List.copyOf(mentionedActors);
    }
}
