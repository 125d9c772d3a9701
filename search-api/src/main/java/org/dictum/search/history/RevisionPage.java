package org.dictum.search.history;

import java.util.List;

/**
 * One page of a record's revisions, newest first, and how many revisions the record has in all.
 *
 * @param offset how many newer revisions come before this page
 * @param limit  the most revisions a page holds
 */
public record RevisionPage(List<RecordRevision> revisions, long total, int offset, int limit) {

    public RevisionPage {
        revisions = List.copyOf(revisions);
    }

    /** Whether older revisions follow this page. */
    public boolean hasMore() {
        return offset + (long) revisions.size() < total;
    }

    /** The offset of the page after this one. */
    public int nextOffset() {
        return offset + revisions.size();
    }
}
