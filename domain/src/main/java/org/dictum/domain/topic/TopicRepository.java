package org.dictum.domain.topic;

import java.util.List;
import java.util.Optional;

/**
 * The taxonomy's store. Lookups by label compare labels as the taxonomy stores them
 * ({@link Topic#normalLabel}: stripped, Unicode NFC), whatever form the label is given in.
 */
public interface TopicRepository {

    Optional<Topic> findById(long id);

    /** The topics directly narrower than {@code parent}. */
    List<Topic> findChildren(Topic parent);

    /** Removes a topic that nothing refers to any more (merged away or deleted with reassignment). */
    void remove(Topic topic);

    /** Exact, case-sensitive match on the preferred label. */
    Optional<Topic> findByLabel(String label);

    /** The topic whose preferred label, or else one of whose alternative labels, equals {@code name} ignoring case. */
    Optional<Topic> findByLabelOrAltLabel(String name);

    /** The topics whose preferred label equals {@code label} ignoring case (one, unless older data broke the rule). */
    List<Topic> findByLabelIgnoringCase(String label);

    Optional<Topic> findByCode(TopicCode code);

    /** Every topic with its labels and match terms, ordered by label. */
    List<Topic> findAllTopics();

    /** True when the taxonomy has no topic at all (a new archive). */
    boolean hasNoTopics();

    /** Stores a topic within the current unit of work (taxonomy edits and imports are all or nothing). */
    Topic save(Topic topic);

    /**
     * Writes the changes of the current unit of work to the store now. The store checks that labels are
     * unique change by change, so a label one topic gives up is free for another only once that is written.
     */
    void writeChanges();

    /**
     * Stores a new topic at once, on its own, for ingestion: when a concurrent ingestion stored a
     * topic with the same code or label first, returns that one instead of failing.
     */
    Topic addShared(Topic topic);

    long count();
}
