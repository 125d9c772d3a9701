package org.dictum.domain.ingest;

import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.extraction.ActorReference;

/**
 * Matches actors named by extraction or by a submitter to the authority, adding the ones it lacks with the status
 * extraction gave them (gazetteer actors CONFIRMED, actors extraction found on its own PROPOSED). An actor already in
 * the authority keeps its status: a librarian's confirmation is never undone by a later article.
 */
final class ActorResolver {

    private final ActorRepository actors;

    ActorResolver(ActorRepository actors) {
        this.actors = actors;
    }

    Actor resolve(ActorReference reference) {
        return actors.findByCanonicalName(reference.canonicalName())
                .orElseGet(() -> actors.save(newActor(reference)));
    }

    /** A supplied name is kept as given: curators merge variants such as "usa" into the authority later. */
    Actor resolveSupplied(String name) {
        return actors.findByCanonicalName(name)
                .orElseGet(() -> actors.save(new Actor(name, ActorType.OTHER)));
    }

    private Actor newActor(ActorReference reference) {
        Actor actor = new Actor(reference.canonicalName(), reference.type(), reference.status());
        reference.aliases().forEach(actor::addAlias);
        reference.affiliationIfAny().map(this::resolve).ifPresent(actor::affiliateWith);
        return actor;
    }
}
