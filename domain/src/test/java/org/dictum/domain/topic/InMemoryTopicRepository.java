package org.dictum.domain.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A taxonomy kept in a list, for testing topic services without a database. */
public final class InMemoryTopicRepository implements TopicRepository {

    public final List<Topic> topics = new ArrayList<>();

    @Override
    public Optional<Topic> findByLabel(String label) {
        return topics.stream().filter(t -> t.getLabel().equals(Topic.normalLabel(label))).findFirst();
    }

    @Override
    public Optional<Topic> findByLabelOrAltLabel(String name) {
        return topics.stream().filter(t -> t.getLabel().equalsIgnoreCase(Topic.normalLabel(name))).findFirst()
                .or(() -> topics.stream().filter(t -> t.isCalled(name)).findFirst());
    }

    @Override
    public List<Topic> findByLabelIgnoringCase(String label) {
        return topics.stream().filter(t -> t.getLabel().equalsIgnoreCase(label.strip())).toList();
    }

    @Override
    public Optional<Topic> findByCode(TopicCode code) {
        return topics.stream().filter(t -> t.getCode().equals(code)).findFirst();
    }

    @Override
    public List<Topic> findAllTopics() {
        return topics.stream().sorted(Comparator.comparing(Topic::getLabel)).toList();
    }

    @Override
    public boolean hasNoTopics() {
        return topics.isEmpty();
    }

    @Override
    public Topic addShared(Topic topic) {
        return save(topic);
    }

    @Override
    public Topic save(Topic topic) {
        topics.add(topic);
        return topic;
    }

    @Override
    public void writeChanges() {
        // A list holds every change at once.
    }

    @Override
    public Optional<Topic> findById(long id) {
        return topics.stream().filter(t -> t.getId() != null && t.getId() == id).findFirst();
    }

    @Override
    public List<Topic> findChildren(Topic parent) {
        return topics.stream().filter(t -> t.getParent().orElse(null) == parent).toList();
    }

    @Override
    public void remove(Topic topic) {
        topics.remove(topic);
    }

    @Override
    public long count() {
        return topics.size();
    }
}
