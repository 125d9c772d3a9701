package org.dictum.web.view;

import org.dictum.domain.statement.StatementKind;

/** How the portal names and styles the kinds of statement, in one place for every page. */
final class StatementKinds {

    private StatementKinds() {
    }

    static String label(String kind) {
        return isQuote(kind) ? "Direct quote" : "Reported speech";
    }

    /** The CSS class of a statement of this kind: {@code quote} or {@code reported}. */
    static String cssClass(String kind) {
        return isQuote(kind) ? "quote" : "reported";
    }

    private static boolean isQuote(String kind) {
        return StatementKind.DIRECT_QUOTE.name().equals(kind);
    }
}
