package org.dictum.domain.curation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;

/**
 * What a librarian says a statement should be: speaker (as written and as actor), cue, content span
 * in the article's main text, date, mentioned actors and topics. Null clears an optional part; the
 * span is required, since a statement is its content.
 */
public record StatementCorrection(
        String speakerMention,
        Actor speaker,
        String cue,
        TextSpan span,
        LocalDate statementDate,
        Set<Actor> mentionedActors,
        Set<Topic> topics) {

    public StatementCorrection {
        Objects.requireNonNull(span, "span");
        mentionedActors = Set.copyOf(mentionedActors);
        topics = Set.copyOf(topics);
    }
}
