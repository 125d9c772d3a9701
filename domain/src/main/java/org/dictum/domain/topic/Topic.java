package org.dictum.domain.topic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.domain.Text;
import org.hibernate.envers.Audited;

/**
 * A concept of the topic taxonomy (a SKOS concept). Invariants: the label and the code are
 * non-blank and each unique in the taxonomy; labels are in Unicode NFC; the code is a URI-safe slug; an alternative label
 * never equals the label; a topic is never its own ancestor. Audited: every change is kept with who
 * made it and why.
 */
@Entity
@Audited
@Table(name = "topic")
public class Topic {

    static final int MAX_LABEL_LENGTH = 200;
    static final int MAX_SCOPE_NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_LABEL_LENGTH)
    private String label;

    /** Stable identifier in exports and URIs: the SKOS notation and the last segment of the concept URI. */
    @Column(nullable = false, unique = true, length = TopicCode.MAX_LENGTH)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Topic parent;

    @Column(name = "scope_note", length = MAX_SCOPE_NOTE_LENGTH)
    private String scopeNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_alt_label", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "alt_label", nullable = false, length = MAX_LABEL_LENGTH)
    private Set<String> altLabels = new TreeSet<>();

    /** Words and phrases whose presence in a text suggests this topic, for rule-based tagging. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "topic_match_term", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "term", nullable = false, length = MAX_LABEL_LENGTH)
    private Set<String> matchTerms = new TreeSet<>();

    @Version
    private long version;

    protected Topic() {
    }

    /** A topic whose code is derived from its label; see {@link TopicCode#fromLabel(String)}. */
    public Topic(String label) {
        this(label, TopicCode.fromLabel(label));
    }

    public Topic(String label, TopicCode code) {
        this.label = requireLabel(label);
        this.code = code.value();
    }

    public Topic(String label, Topic parent) {
        this(label);
        placeUnder(parent);
    }

    /** Makes this topic narrower than {@code newParent} (null: a top concept). */
    public void placeUnder(Topic newParent) {
        // Through getters: an ancestor may be a lazy proxy, whose fields are never filled.
        for (Topic ancestor = newParent; ancestor != null; ancestor = ancestor.getParent().orElse(null)) {
            if (same(ancestor, this)) {
                throw new TaxonomyCycleException(label);
            }
        }
        this.parent = newParent;
    }

    /**
     * Whether two references denote the same topic: the same object, or (for a stored topic met once
     * as a lazy proxy and once as itself) the same id.
     */
    public static boolean same(Topic one, Topic other) {
        if (one == other) {
            return true;
        }
        return one != null && other != null && one.getId() != null && one.getId().equals(other.getId());
    }

    /** Changes the preferred label; the old label stays findable as an alternative label. */
    public void rename(String newLabel) {
        String renamed = requireLabel(newLabel);
        if (renamed.equals(label)) {
            return;
        }
        altLabels.remove(renamed);
        altLabels.add(label);
        label = renamed;
    }

    /** True when {@code other} lies below this topic, at any depth. */
    public boolean isAncestorOf(Topic other) {
        for (Topic ancestor = other == null ? null : other.getParent().orElse(null); ancestor != null;
             ancestor = ancestor.getParent().orElse(null)) {
            if (same(ancestor, this)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes over the names of a topic merged into this one: its label and alternative labels become
     * alternative labels here, its match terms tag texts with this topic from now on.
     */
    public void absorbNamesOf(Topic merged) {
        addAltLabel(merged.getLabel());
        merged.getAltLabels().forEach(this::addAltLabel);
        matchTerms.addAll(merged.getMatchTerms());
    }

    public void addAltLabel(String altLabel) {
        String alternative = requireLabel(altLabel);
        if (!alternative.equals(label)) {
            altLabels.add(alternative);
        }
    }

    public void removeAltLabel(String altLabel) {
        if (altLabel != null) {
            altLabels.remove(normalLabel(altLabel));
        }
    }

    /** Sets or clears (null or blank) the note saying what the topic covers and what it does not. */
    public void describeScope(String note) {
        String stripped = Text.blankToNull(note);
        if (stripped != null && stripped.length() > MAX_SCOPE_NOTE_LENGTH) {
            throw new IllegalArgumentException("A scope note has at most " + MAX_SCOPE_NOTE_LENGTH + " characters");
        }
        this.scopeNote = stripped;
    }

    public void addMatchTerm(String term) {
        matchTerms.add(requireLabel(term));
    }

    public void removeMatchTerm(String term) {
        matchTerms.remove(term == null ? null : term.strip());
    }

    /** True when {@code name} is this topic's label or one of its alternative labels, ignoring case. */
    public boolean isCalled(String name) {
        if (name == null) {
            return false;
        }
        String wanted = normalLabel(name);
        return label.equalsIgnoreCase(wanted) || altLabels.stream().anyMatch(alt -> alt.equalsIgnoreCase(wanted));
    }

    /**
     * A label as the taxonomy stores and compares it: without surrounding white space, each run of white space inside
     * it as one space, in Unicode NFC (null stays null). Lookups by label take it through this too, so that a
     * decomposed "E\u0301conomie" finds "Économie" and "Foreign  policy" finds "Foreign policy".
     */
    public static String normalLabel(String value) {
        return value == null ? null : Text.nfc(Text.collapseWhitespace(value).strip());
    }

    private static String requireLabel(String value) {
        String label = normalLabel(Text.requireNonBlank(value, "A topic label"));
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("A topic label has at most " + MAX_LABEL_LENGTH + " characters");
        }
        return label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public TopicCode getCode() {
        return new TopicCode(code);
    }

    public Optional<Topic> getParent() {
        return Optional.ofNullable(parent);
    }

    public Optional<String> getScopeNote() {
        return Optional.ofNullable(scopeNote);
    }

    public Set<String> getAltLabels() {
        return Collections.unmodifiableSet(altLabels);
    }

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    public Set<String> getMatchTerms() {
        return Collections.unmodifiableSet(matchTerms);
    }

    @Override
    public String toString() {
        return "Topic[" + label + "]";
    }
}
