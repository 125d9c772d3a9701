package org.dictum.domain.extraction;

import java.util.Objects;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.statement.TextSpan;

/**
 * One place in the main text where an actor is named.
 *
 * @param text  the words as written ("Blinken", "Russian", "the Kremlin")
 * @param span  where they are in the main text
 * @param type  what kind of actor they name
 * @param actor the canonical actor they are linked to ("Antony Blinken", "Russia")
 */
public record ActorMention(String text, TextSpan span, ActorType type, ActorReference actor) {

    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
    }
}
