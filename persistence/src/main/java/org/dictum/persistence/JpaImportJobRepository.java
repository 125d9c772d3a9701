package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.imports.ImportFailure;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportJobRepository;
import org.dictum.domain.imports.ImportStatus;

@ApplicationScoped
public class JpaImportJobRepository implements ImportJobRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public ImportJob save(ImportJob job) {
        if (job.getId() == null) {
            em.persist(job);
            return job;
        }
        return em.merge(job);
    }

    @Override
    public Optional<ImportJob> findById(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> newestFirst(int offset, int limit) {
        return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
    }

    @Override
    public List<ImportJob> withStatus(Collection<ImportStatus> statuses) {
        return em.createQuery("select j from ImportJob j where j.status in :statuses order by j.id", ImportJob.class)
                .setParameter("statuses", statuses).getResultList();
    }

    @Override
    public List<ImportJob> withIndexPending() {
        return em.createQuery("select j from ImportJob j where j.indexPendingSince is not null order by j.id", ImportJob.class)
                .getResultList();
    }

    @Override
    public void record(ImportFailure failure) {
        em.persist(failure);
    }

    @Override
    public List<ImportFailure> failuresOf(long importId, int offset, int limit) {
        return em.createQuery("select f from ImportFailure f where f.importId = :job order by f.recordNumber, f.id",
                        ImportFailure.class)
                .setParameter("job", importId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countFailuresOf(long importId) {
        return em.createQuery("select count(f) from ImportFailure f where f.importId = :job", Long.class)
                .setParameter("job", importId).getSingleResult();
    }
}
