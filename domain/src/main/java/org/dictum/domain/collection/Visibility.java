package org.dictum.domain.collection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who sees a collection: everyone who may read the archive, or only its owner and the librarians. */
public enum Visibility {
    PUBLIC,
    PRIVATE;

    /** {@code public} or {@code private}, as requests and pages spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> byLabel(String label) {
        return label == null ? Optional.empty()
                : Arrays.stream(values()).filter(v -> v.label().equalsIgnoreCase(label.strip())).findFirst();
    }
}
