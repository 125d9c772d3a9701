package org.dictum.domain.topic.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dictum.domain.topic.Topic;

/**
 * The words and phrases that suggest one topic, e.g. "Arms control": "disarmament", "nuclear
 * weapon", "missile deployment".
 *
 * @param label the topic label the rule gives
 * @param terms words or phrases, matched ignoring case and word endings
 */
public record TopicRule(String label, List<String> terms) {

    public TopicRule {
        Objects.requireNonNull(label, "label");
        terms = List.copyOf(terms);
    }

    /** A topic's rule: its label, its alternative labels and its match terms. */
    public static TopicRule of(Topic topic) {
        Set<String> terms = new LinkedHashSet<>();
        terms.add(topic.getLabel());
        terms.addAll(topic.getAltLabels());
        terms.addAll(topic.getMatchTerms());
        return new TopicRule(topic.getLabel(), new ArrayList<>(terms));
    }
}
