package org.dictum.web.view;

/**
 * How many statements the article page lists, said as search says it: the statements not rejected, which search hits,
 * the article hit's {@code statements} and exports count ({@code Article.countStatementsNotRejected()}), and beside
 * them the rejected ones the page lists too (with their status and reason), so that the heading is true of the list.
 *
 * @param listed   every statement the page lists
 * @param rejected those of them that are rejected
 */
record StatementCount(int listed, int rejected) {

    StatementCount {
        if (rejected < 0 || rejected > listed) {
            throw new IllegalArgumentException("rejected must be 0 to " + listed + ", was " + rejected);
        }
    }

    /** "3", or "3, 1 rejected" when the list holds rejected statements besides. */
    @Override
    public String toString() {
        int counted = listed - rejected;
        return rejected == 0 ? String.valueOf(counted) : counted + ", " + rejected + " rejected";
    }
}
