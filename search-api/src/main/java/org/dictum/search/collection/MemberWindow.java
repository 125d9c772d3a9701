package org.dictum.search.collection;

/**
 * Which members one page of a collection's member list holds. The list is the member articles, ascending, followed by
 * the member statements, ascending: {@code offset} of it skipped and at most {@code limit} of it read, so one offset
 * and one total page through both kinds.
 */
record MemberWindow(long articleCount, long offset, long limit) {

    int articleOffset() {
        return (int) Math.min(offset, articleCount);
    }

    int articleLimit() {
        return (int) Math.max(0, Math.min(limit, articleCount - offset));
    }

    int statementOffset() {
        return (int) Math.max(0, offset - articleCount);
    }

    int statementLimit() {
        return (int) (limit - articleLimit());
    }
}
