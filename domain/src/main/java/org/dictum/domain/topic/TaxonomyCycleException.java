package org.dictum.domain.topic;

import org.dictum.domain.ConflictException;

/** Placing a topic under itself or one of its descendants, which would make the taxonomy a cycle. */
public class TaxonomyCycleException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public TaxonomyCycleException(String topicLabel) {
        super("Topic '" + topicLabel + "' cannot be placed under itself or one of its own descendants");
    }
}
