package org.dictum.domain.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.dictum.domain.Text;

/**
 * A node of the topic taxonomy. Invariants: the label is non-blank and unique in the taxonomy;
 * a topic is never its own ancestor.
 */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Topic parent;

    @Version
    private long version;

    protected Topic() {
    }

    public Topic(String label) {
        this.label = Text.requireNonBlank(label, "A topic label");
    }

    public Topic(String label, Topic parent) {
        this(label);
        placeUnder(parent);
    }

    public void placeUnder(Topic newParent) {
        for (Topic ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this) {
                throw new IllegalArgumentException("Topic '" + label + "' cannot be placed under its own descendant");
            }
        }
        this.parent = newParent;
    }


    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public Optional<Topic> getParent() {
        return Optional.ofNullable(parent);
    }

    @Override
    public String toString() {
        return "Topic[" + label + "]";
    }
}
