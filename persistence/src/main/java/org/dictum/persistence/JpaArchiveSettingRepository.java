package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dictum.domain.settings.ArchiveSetting;
import org.dictum.domain.settings.ArchiveSettingRepository;

@ApplicationScoped
public class JpaArchiveSettingRepository implements ArchiveSettingRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<ArchiveSetting> find(String name) {
        return Optional.ofNullable(em.find(ArchiveSetting.class, name));
    }

    @Override
    public ArchiveSetting add(ArchiveSetting setting) {
        em.persist(setting);
        return setting;
    }

    @Override
    public boolean remove(String name) {
        return find(name).map(setting -> {
            em.remove(setting);
            return true;
        }).orElse(false);
    }
}
