package org.dictum.domain.authority;

import java.util.Collection;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;

/**
 * Splits an actor: selected statements that were attributed to it (as speaker or mentioned actor)
 * move to another, usually new, actor. Their articles name the new actor too.
 */
public final class ActorSplit {

    private ActorSplit() {
    }

    /** Moves the links; refuses (400) a statement that does not involve {@code from}. */
    public static void moveStatements(Actor from, Actor to, Collection<Statement> statements) {
        if (Actor.same(from, to)) {
            throw new InvalidInputException("canonicalName", "A split must move statements to another actor");
        }
        if (statements.isEmpty()) {
            throw new InvalidInputException("statements", "Name at least one statement to move");
        }
        for (Statement statement : statements) {
            boolean spoken = statement.replaceSpeaker(from, to);
            boolean mentioned = statement.removeMentionedActor(from);
            if (mentioned) {
                statement.addMentionedActor(to);
            }
            if (!spoken && !mentioned) {
                throw new InvalidInputException("statements", "Statement " + statement.getId() + " is neither spoken by nor mentions '"
                        + from.getCanonicalName() + "'");
            }
            statement.getArticle().addActor(to);
        }
    }
}
