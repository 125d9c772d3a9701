package org.dictum.domain.extraction;

import java.util.List;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;

/**
 * Extraction's findings cut to what the archive can hold, so that no article is refused for what the rules made of
 * odd text (a 400-character run of capitalised words, a table line read as a speaker). A name longer than an
 * actor's name may be ({@link Actor#isPossibleName}) is no name: the actor is left out, and a statement keeps its
 * speaker mention without an actor. A speaker phrase longer than {@link Statement#MAX_SPEAKER_MENTION_LENGTH} is no
 * speaker and a cue longer than {@link Statement#MAX_CUE_LENGTH} no cue; the statement itself is kept.
 */
final class StorableFindings {

    private StorableFindings() {
    }

    static ExtractionResult of(ExtractionResult result) {
        return new ExtractionResult(result.title(), result.mainText(), result.language(),
                result.statements().stream().map(StorableFindings::statement).toList(), actors(result.actors()),
                result.extractorVersion(), result.metadata(),
                result.mentions().stream().flatMap(mention -> actor(mention.actor())
                        .map(actor -> actor == mention.actor() ? mention
                                : new ActorMention(mention.text(), mention.span(), mention.type(), actor))
                        .stream()).toList());
    }

    private static ExtractedStatement statement(ExtractedStatement found) {
        boolean speakerFits = found.speakerMention() == null
                || found.speakerMention().length() <= Statement.MAX_SPEAKER_MENTION_LENGTH;
        boolean cueFits = found.cue() == null || found.cue().length() <= Statement.MAX_CUE_LENGTH;
        ActorReference speaker = speakerFits && found.speaker() != null ? actor(found.speaker()).orElse(null) : null;
        List<ActorReference> mentioned = actors(found.mentionedActors());
        if (speakerFits && cueFits && speaker == found.speaker() && mentioned.equals(found.mentionedActors())) {
            return found;
        }
        return new ExtractedStatement(found.kind(), speakerFits ? found.speakerMention() : null, speaker,
                cueFits ? found.cue() : null, found.span(), found.statementDate(), found.statementDateInferred(),
                found.confidence(), mentioned, speakerFits ? found.speakerSpan() : null, cueFits ? found.cueSpan() : null);
    }

    private static List<ActorReference> actors(List<ActorReference> actors) {
        return actors.stream().map(StorableFindings::actor).flatMap(Optional::stream).toList();
    }

    /** The actor as it is when all its names fit; without the aliases and affiliation that do not; none otherwise. */
    static Optional<ActorReference> actor(ActorReference actor) {
        if (!Actor.isPossibleName(actor.canonicalName())) {
            return Optional.empty();
        }
        List<String> aliases = actor.aliases().stream().filter(Actor::isPossibleName).toList();
        ActorReference affiliation = actor.affiliation() == null ? null : actor(actor.affiliation()).orElse(null);
        if (aliases.equals(actor.aliases()) && affiliation == actor.affiliation()) {
            return Optional.of(actor);
        }
        return Optional.of(new ActorReference(actor.canonicalName(), actor.type(), aliases, affiliation, actor.status()));
    }
}
