package org.dictum.search.authority;

import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;

/** A statement as a split shows it: what it says, where, and whether the actor speaks or is mentioned. */
public record ActorStatement(long id, long articleId, String articleTitle, String content, boolean spoken) {

    static ActorStatement of(Statement statement, Actor actor) {
        return new ActorStatement(statement.getId(), statement.getArticle().getId(), statement.getArticle().getTitle().orElse(null),
                statement.getContent(), statement.getSpeaker().filter(speaker -> Actor.same(speaker, actor)).isPresent());
    }
}
