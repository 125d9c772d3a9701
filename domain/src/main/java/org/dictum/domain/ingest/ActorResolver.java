package org.dictum.domain.ingest;

import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.extraction.ActorReference;

/**
 * Matches actors named by extraction or by a submitter to the authority, adding the ones it lacks with the status
 * extraction gave them (gazetteer actors CONFIRMED, actors extraction found on its own PROPOSED). An actor already in
 * the authority keeps its status: a librarian's confirmation is never undone by a later article. The librarians'
 * curation wins over the gazetteer: a name that is the canonical name of a merged actor leads to its survivor, and
 * a name that is an alias of a confirmed actor (e.g. the old name of a renamed one) leads to that actor.
 */
final class ActorResolver {

    private final ActorRepository actors;

    ActorResolver(ActorRepository actors) {
        this.actors = actors;
    }

    Actor resolve(ActorReference reference) {
        return curated(reference.canonicalName()).orElseGet(() -> actors.save(newActor(reference)));
    }

    /** A supplied name is kept as given: curators merge variants such as "usa" into the authority later. */
    Actor resolveSupplied(String name) {
        return curated(name).orElseGet(() -> actors.save(new Actor(name, ActorType.OTHER)));
    }

    private Optional<Actor> curated(String name) {
        Optional<Actor> byCanonicalName = actors.findByCanonicalName(name).map(Actor::resolved);
        return byCanonicalName.isPresent() ? byCanonicalName : actors.findConfirmedByAlias(name);
    }

    private Actor newActor(ActorReference reference) {
        Actor actor = new Actor(reference.canonicalName(), reference.type(), reference.status());
        reference.aliases().forEach(actor::addAlias);
        reference.affiliationIfAny().map(this::resolve).ifPresent(actor::affiliateWith);
        return actor;
    }
}
