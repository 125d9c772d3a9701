package org.dictum.domain.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ExternalIdentifier;

/**
 * The authority as ingesting some articles in order would leave it, without storing anything: the
 * stored actors, and the actors those articles would add, held back here to be stored together
 * ({@link ActorRepository#saveAll}). A lookup answers what it would answer once the held-back actors
 * were stored one by one: a canonical name is a stored actor's or a new one's (never both), and an
 * alias finds a stored confirmed actor before a new one, as stored actors have the lower ids.
 */
final class ActorsAhead implements ActorRepository {

    private final ActorRepository stored;
    private final List<Actor> added = new ArrayList<>();
    private final Map<String, Actor> addedByName = new HashMap<>();

    ActorsAhead(ActorRepository stored) {
        this.stored = stored;
    }

    /** The actors the articles add, each after its affiliation. */
    List<Actor> added() {
        return added;
    }

    /** Takes back the actors added since {@code count} were. */
    void forgetFrom(int count) {
        while (added.size() > count) {
            addedByName.remove(added.remove(added.size() - 1).getCanonicalName());
        }
    }

    @Override
    public Optional<Actor> findByCanonicalName(String canonicalName) {
        Optional<Actor> found = stored.findByCanonicalName(canonicalName);
        return found.isPresent() ? found : Optional.ofNullable(addedByName.get(Actor.normalName(canonicalName)));
    }

    @Override
    public Optional<Actor> findConfirmedByAlias(String alias) {
        Optional<Actor> found = stored.findConfirmedByAlias(alias);
        return found.isPresent() ? found : added.stream()
                .filter(actor -> actor.getStatus() == ActorStatus.CONFIRMED && actor.getAliases().contains(Actor.normalName(alias)))
                .findFirst();
    }

    @Override
    public Optional<Actor> findLiveByAlias(String alias) {
        Optional<Actor> found = stored.findLiveByAlias(alias);
        return found.isPresent() ? found : added.stream().filter(actor -> actor.getAliases().contains(Actor.normalName(alias)))
                .findFirst();
    }

    @Override
    public Actor save(Actor actor) {
        added.add(actor);
        addedByName.put(actor.getCanonicalName(), actor);
        return actor;
    }

    @Override
    public boolean saveAll(List<Actor> actors) {
        actors.forEach(this::save);
        return true;
    }

    @Override
    public Actor add(Actor actor) {
        return save(actor);
    }

    // Ingestion resolves names only: the rest of the authority is not asked for.

    @Override
    public Optional<Actor> findActor(long id) {
        throw new UnsupportedOperationException("ingestion looks actors up by name");
    }

    @Override
    public List<Actor> findLiveNamedIgnoringCase(String name) {
        throw new UnsupportedOperationException("ingestion looks actors up by name as given");
    }

    @Override
    public List<Actor> othersIdentifiedAs(ExternalIdentifier identifier, Actor self) {
        throw new UnsupportedOperationException("ingestion looks actors up by name");
    }

    @Override
    public List<Actor> search(ActorFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("ingestion looks actors up by name");
    }

    @Override
    public long count(ActorFilter filter) {
        throw new UnsupportedOperationException("ingestion looks actors up by name");
    }

    @Override
    public long count() {
        throw new UnsupportedOperationException("ingestion looks actors up by name");
    }
}
