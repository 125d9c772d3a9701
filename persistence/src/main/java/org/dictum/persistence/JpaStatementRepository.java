package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementRepository;

@ApplicationScoped
public class JpaStatementRepository implements StatementRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<Statement> findById(long id) {
        return Optional.ofNullable(em.find(Statement.class, id));
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from Statement s", Long.class).getSingleResult();
    }
}
