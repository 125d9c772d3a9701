package org.dictum.it;

import java.util.Locale;

/** The database behind DictumDS in this failsafe execution (system property {@code dictum.it.database}). */
public enum ItDatabase {
    H2,
    POSTGRESQL;

    public static ItDatabase current() {
        return valueOf(System.getProperty("dictum.it.database", "h2").toUpperCase(Locale.ROOT));
    }
}
