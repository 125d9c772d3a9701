package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicRepository;

@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<Topic> findByLabel(String label) {
        return em.createQuery("select t from Topic t where t.label = :label", Topic.class)
                .setParameter("label", label)
                .getResultStream().findFirst();
    }

    @Override
    public Topic save(Topic topic) {
        em.persist(topic);
        return topic;
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
    }
}
