package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.TopicRepository;

@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Inject
    SharedRows inserts;

    @Inject
    TransactionLookups lookups;

    private static final String BY_LABEL = "topic by label";

    @Override
    public Optional<Topic> findByLabel(String wanted) {
        String label = Topic.normalLabel(wanted);
        return lookups.find(em, BY_LABEL, Topic.class, label, topic -> topic.getLabel().equals(label),
                () -> queryByLabel(label));
    }

    private Optional<Topic> queryByLabel(String label) {
        return FirstRow.of(em.createQuery("select t from Topic t where t.label = :label", Topic.class)
                .setParameter("label", label));
    }

    @Override
    public Optional<Topic> findByLabelOrAltLabel(String name) {
        String wanted = Topic.normalLabel(name);
        Optional<Topic> byLabel = FirstRow.of(em.createQuery("select t from Topic t where lower(t.label) = lower(:name) order by t.id",
                        Topic.class)
                .setParameter("name", wanted));
        if (byLabel.isPresent()) {
            return byLabel;
        }
        return FirstRow.of(em.createQuery("select t from Topic t join t.altLabels alt where lower(alt) = lower(:name) order by t.id",
                        Topic.class)
                .setParameter("name", wanted));
    }

    @Override
    public List<Topic> findByLabelIgnoringCase(String label) {
        return em.createQuery("select t from Topic t where lower(t.label) = lower(:label) order by t.id", Topic.class)
                .setParameter("label", label.strip())
                .getResultList();
    }

    @Override
    public Optional<Topic> findByCode(TopicCode code) {
        return FirstRow.of(em.createQuery("select t from Topic t where t.code = :code", Topic.class)
                .setParameter("code", code.value()));
    }

    @Override
    public List<Topic> findAllTopics() {
        // One query for the topics and both label collections (sets, so no duplicate rows survive).
        return em.createQuery("select distinct t from Topic t left join fetch t.altLabels left join fetch t.matchTerms"
                        + " left join fetch t.parent order by t.label", Topic.class)
                .getResultList();
    }

    @Override
    public boolean hasNoTopics() {
        return em.createQuery("select t.id from Topic t", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Topic save(Topic topic) {
        em.persist(topic);
        lookups.forget(BY_LABEL, topic.getLabel());
        return topic;
    }

    @Override
    public void writeChanges() {
        em.flush();
    }

    @Override
    public Topic addShared(Topic topic) {
        // The winner of a race was inserted by another transaction: read it, never from memory.
        Topic inserted = inserts.insertOrGetWinner(em, Topic.class, topic,
                () -> findByCode(topic.getCode()).or(() -> queryByLabel(topic.getLabel())));
        lookups.found(BY_LABEL, inserted.getLabel(), inserted);
        return inserted;
    }

    @Override
    public Optional<Topic> findById(long id) {
        return Optional.ofNullable(em.find(Topic.class, id));
    }

    @Override
    public List<Topic> findChildren(Topic parent) {
        return em.createQuery("select t from Topic t where t.parent = :parent order by t.label", Topic.class)
                .setParameter("parent", parent).getResultList();
    }

    @Override
    public void remove(Topic topic) {
        em.remove(topic);
    }

    @Override
    public long count() {
        return em.createQuery("select count(t) from Topic t", Long.class).getSingleResult();
    }
}
