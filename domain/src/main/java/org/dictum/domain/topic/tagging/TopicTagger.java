package org.dictum.domain.topic.tagging;

import java.util.Set;

/** Suggests topics for a text. Implementations are thread-safe. */
@FunctionalInterface
public interface TopicTagger {

    /** The labels of the topics the text is about; empty when none applies. */
    Set<String> tag(String text);

    /** A tagger that never suggests anything: for archives that want no automatic topics. */
    static TopicTagger none() {
        return text -> Set.of();
    }
}
