package org.dictum.domain.topic;

import java.util.Optional;

/** The taxonomy's store. */
public interface TopicRepository {

    Optional<Topic> findByLabel(String label);

    Topic save(Topic topic);

    long count();
}
