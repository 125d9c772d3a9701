package org.dictum.domain.topic;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import org.dictum.domain.ConflictException;

/**
 * The one rule that keeps topic labels apart, for every way a label gets into the taxonomy (adding,
 * renaming, SKOS import): no two topics have labels that are equal or differ only in case. 'economy'
 * beside 'Economy' would split the topic facet, and the taxonomy's own SKOS export could not be
 * imported again. Alternative labels do not count: they are names the tagger matches, and may be shared.
 */
public final class TopicLabels {

    private final TopicRepository topics;

    public TopicLabels(TopicRepository topics) {
        this.topics = topics;
    }

    /** Refuses (409) a label that a topic other than {@code self} (null: a new topic) has, in any case. */
    public void requireFree(String label, Topic self) {
        conflict(label, other -> Topic.same(other, self)).ifPresent(why -> {
            throw new ConflictException(why + ": rename that one, or choose another label");
        });
    }

    /**
     * Why {@code label} cannot be given to a topic ("The label 'x' differs only in case from topic 7
     * ('X', code x)"), or empty when no topic has it except those {@code givingUp} accepts: the topic
     * itself, or topics that are given other labels in the same change.
     */
    public Optional<String> conflict(String label, Predicate<Topic> givingUp) {
        if (label == null || label.isBlank()) {
            return Optional.empty();   // Topic refuses a blank label itself
        }
        String wanted = Topic.normalLabel(label);
        return topics.findByLabelIgnoringCase(wanted).stream()
                .filter(holder -> !givingUp.test(holder))
                .min(Comparator.comparing(holder -> !holder.getLabel().equals(wanted)))   // the exact one first
                .map(holder -> holder.getLabel().equals(wanted)
                        ? "The label '" + wanted + "' belongs to topic " + holder.getId() + " (code " + holder.getCode() + ")"
                        : "The label '" + wanted + "' differs only in case from topic " + holder.getId() + " ('"
                                + holder.getLabel() + "', code " + holder.getCode() + ")");
    }
}
