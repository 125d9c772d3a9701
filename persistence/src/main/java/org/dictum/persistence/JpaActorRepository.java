package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ExternalIdentifier;

@ApplicationScoped
public class JpaActorRepository implements ActorRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SharedRows inserts;

    @Inject
    TransactionLookups lookups;

    static final String BY_CANONICAL_NAME = "actor by canonical name";
    static final String CONFIRMED_BY_ALIAS = "confirmed actor by alias";

    @Override
    public Optional<Actor> findByCanonicalName(String canonicalName) {
        String name = Actor.normalName(canonicalName);
        if (name == null) {
            return Optional.empty();
        }
        return lookups.find(em, BY_CANONICAL_NAME, Actor.class, name,
                actor -> actor.getCanonicalName().equals(name), () -> queryByCanonicalName(name));
    }

    private Optional<Actor> queryByCanonicalName(String canonicalName) {
        return FirstRow.of(em.createQuery("select a from Actor a where a.canonicalName = :name", Actor.class)
                .setParameter("name", canonicalName));
    }

    @Override
    public Optional<Actor> findActor(long id) {
        return Optional.ofNullable(em.find(Actor.class, id));
    }

    @Override
    public Optional<Actor> findConfirmedByAlias(String wanted) {
        String alias = Actor.normalName(wanted);
        if (alias == null) {
            return Optional.empty();
        }
        return lookups.find(em, CONFIRMED_BY_ALIAS, Actor.class, alias,
                actor -> actor.getAliases().contains(alias) && actor.getStatus() == ActorStatus.CONFIRMED && !actor.isMerged(),
                // The actors carrying the alias in a subquery: as a join, H2 read every unmerged actor
                // (through the index on merged_into_id) and probed its aliases, one lookup costing a
                // scan of the whole authority.
                () -> FirstRow.of(em.createQuery("select a from Actor a where a.id in"
                                + " (select b.id from Actor b join b.aliases alias where alias = :alias)"
                                + " and a.status = :confirmed and a.mergedInto is null order by a.id", Actor.class)
                        .setParameter("alias", alias).setParameter("confirmed", ActorStatus.CONFIRMED)));
    }

    @Override
    public Optional<Actor> findLiveByAlias(String wanted) {
        String alias = Actor.normalName(wanted);
        if (alias == null) {
            return Optional.empty();
        }
        return FirstRow.of(em.createQuery("select a from Actor a where a.id in"
                        + " (select b.id from Actor b join b.aliases alias where alias = :alias)"
                        + " and a.mergedInto is null order by a.id", Actor.class)
                .setParameter("alias", alias));
    }

    @Override
    public List<Actor> findLiveNamedIgnoringCase(String wanted) {
        String name = Actor.normalName(wanted);
        if (name == null) {
            return List.of();
        }
        // lower() in the database finds the candidates; the actor's own comparison decides, as in Java elsewhere.
        // Two queries, one scan each: as one query with "or a.id in (subquery)", H2 ran the alias scan again for
        // every actor, minutes per write once an archive held the Reuters corpus's actors.
        Map<Long, Actor> found = new TreeMap<>();
        em.createQuery("select a from Actor a where a.mergedInto is null and lower(a.canonicalName) = lower(:name)", Actor.class)
                .setParameter("name", name).getResultList().forEach(actor -> found.put(actor.getId(), actor));
        em.createQuery("select distinct b from Actor b join b.aliases alias where b.mergedInto is null"
                        + " and lower(alias) = lower(:name)", Actor.class)
                .setParameter("name", name).getResultList().forEach(actor -> found.put(actor.getId(), actor));
        return found.values().stream().filter(actor -> actor.isCalledIgnoringCase(name)).toList();
    }

    @Override
    public List<Actor> othersIdentifiedAs(ExternalIdentifier identifier, Actor self) {
        return em.createQuery("select a from Actor a join a.identifiers i where i = :identifier"
                        + " and a.mergedInto is null and a.id <> :self order by a.id", Actor.class)
                .setParameter("identifier", identifier.toString())
                .setParameter("self", self == null || self.getId() == null ? -1L : self.getId()).getResultList();
    }

    @Override
    public List<Actor> search(ActorFilter filter, int offset, int limit) {
        // Proposed actors first: they wait for a librarian's review.
        return where(filter, "select a from Actor a", Actor.class,
                " order by case when a.status = :proposed then 0 else 1 end, lower(a.canonicalName), a.id")
                .setParameter("proposed", ActorStatus.PROPOSED)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ActorFilter filter) {
        return where(filter, "select count(a) from Actor a", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(ActorFilter filter, String select, Class<T> type, String orderBy) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(a.canonicalName) like :text escape '\\'"
                    + " or exists (select 1 from Actor b join b.aliases alias where b = a and lower(alias) like :text escape '\\'))");
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
        }
        if (!filter.withMerged()) {
            conditions.add("a.mergedInto is null");
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public Actor add(Actor actor) {
        em.persist(actor);
        forgetNamesOf(actor);
        return actor;
    }

    @Override
    public Actor save(Actor actor) {
        if (actor.getId() != null) {
            return em.merge(actor);
        }
        // The winner of a race was inserted by another transaction: read it, never from memory.
        Actor inserted = inserts.insertOrGetWinner(em, Actor.class, actor, () -> queryByCanonicalName(actor.getCanonicalName()));
        forgetNamesOf(inserted);
        lookups.found(BY_CANONICAL_NAME, inserted.getCanonicalName(), inserted);
        return inserted;
    }

    @Override
    public boolean saveAll(List<Actor> actors) {
        Optional<List<Object>> ids = inserts.insertAllOrNone(actors);
        ids.ifPresent(inserted -> {
            for (int i = 0; i < actors.size(); i++) {
                Actor actor = actors.get(i);
                forgetNamesOf(actor);
                lookups.inserted(BY_CANONICAL_NAME, actor.getCanonicalName(), Actor.class, inserted.get(i));
            }
        });
        return ids.isPresent();
    }

    /** Lookups of this new actor's names no longer miss. */
    private void forgetNamesOf(Actor actor) {
        lookups.forget(BY_CANONICAL_NAME, actor.getCanonicalName());
        actor.getAliases().forEach(alias -> lookups.forget(CONFIRMED_BY_ALIAS, alias));
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Actor a", Long.class).getSingleResult();
    }
}
