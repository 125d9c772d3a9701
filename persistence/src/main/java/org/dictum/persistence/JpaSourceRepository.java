package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Override
    public Optional<Source> findByName(String name) {
        return lookups.find(em, "source by name", Source.class, name, source -> source.getName().equals(name),
                () -> FirstRow.of(em.createQuery("select s from Source s where s.name = :name", Source.class)
                        .setParameter("name", name)));
    }

    @Override
    public Source save(Source source) {
        if (source.getId() != null) {
            return em.merge(source);
        }
        return inserts.insertOrGetWinner(em, Source.class, source, () -> findByName(source.getName()));
    }
}
