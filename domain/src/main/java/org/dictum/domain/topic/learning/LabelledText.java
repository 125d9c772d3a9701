package org.dictum.domain.topic.learning;

import java.util.Objects;
import java.util.Set;

/** A text with the topics a librarian gave it: one training example. An empty label set is a valid negative. */
public record LabelledText(String text, Set<String> labels) {

    public LabelledText {
        Objects.requireNonNull(text, "text");
        labels = Set.copyOf(labels);
    }
}
