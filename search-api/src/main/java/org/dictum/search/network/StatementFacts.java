package org.dictum.search.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/**
 * What a network needs of one statement, read while it is loaded so that the statement itself can be
 * forgotten: its article, date, the actors it counts for and its topics.
 */
record StatementFacts(long articleId, LocalDate date, List<Ref> actors, List<Ref> topics) {

    /** A node a statement touches. */
    record Ref(String id, String label, String kind, String actorType) {
    }

    static StatementFacts of(Statement statement, NetworkOptions.ActorRole role) {
        List<Ref> actors = new ArrayList<>();
        statement.getSpeaker().map(Actor::resolved).ifPresent(a -> actors.add(actor(a)));
        if (role == NetworkOptions.ActorRole.ALL) {
            statement.getMentionedActors().stream().map(Actor::resolved).map(StatementFacts::actor)
                    .filter(ref -> !actors.contains(ref)).forEach(actors::add);
        }
        List<Ref> topics = statement.getTopics().stream()
                .map((Topic t) -> new Ref("topic-" + t.getId(), t.getLabel(), "topic", null)).toList();
        return new StatementFacts(statement.getArticle().getId(), statement.getStatementDate().orElse(null),
                List.copyOf(actors), topics);
    }

    private static Ref actor(Actor actor) {
        return new Ref("actor-" + actor.getId(), actor.getCanonicalName(), "actor", actor.getType().name());
    }
}
