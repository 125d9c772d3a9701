package org.dictum.search.collection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which records of a search become members: its articles or its statements. */
public enum MemberKind {
    ARTICLES,
    STATEMENTS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MemberKind> byLabel(String label) {
        return label == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.label().equals(label.strip())).findFirst();
    }
}
