package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.article.Source;
import org.dictum.domain.article.SourceRepository;

@ApplicationScoped
public class JpaSourceRepository implements SourceRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SharedRows inserts;

    @Inject
    TransactionLookups lookups;

    private static final String BY_NAME = "source by name";

    @Override
    public Optional<Source> findByName(String name) {
        return lookups.find(em, BY_NAME, Source.class, name, source -> source.getName().equals(name),
                () -> queryByName(name));
    }

    @Override
    public List<Source> findNamedIgnoringCase(String name) {
        return em.createQuery("select s from Source s where lower(s.name) = lower(:name) order by s.id", Source.class)
                .setParameter("name", name).getResultList();
    }

    private Optional<Source> queryByName(String name) {
        return FirstRow.of(em.createQuery("select s from Source s where s.name = :name", Source.class)
                .setParameter("name", name));
    }

    @Override
    public Source save(Source source) {
        if (source.getId() != null) {
            return em.merge(source);
        }
        // The winner of a race was inserted by another transaction: read it, never from memory.
        Source inserted = inserts.insertOrGetWinner(em, Source.class, source, () -> queryByName(source.getName()));
        lookups.found(BY_NAME, inserted.getName(), inserted);
        return inserted;
    }
}
