package org.dictum.domain.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API token may be used for, within its owner's role. */
public enum TokenScope {
    /** Requests that change nothing. */
    READ,
    /** Requests that change the archive or its users. */
    WRITE;

    public String scopeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenScope> byName(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.scopeName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
