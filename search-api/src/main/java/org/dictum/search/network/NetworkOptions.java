package org.dictum.search.network;

import java.util.Locale;
import org.dictum.domain.InvalidInputException;

/**
 * How a network is drawn.
 *
 * @param kind     actor–topic or actor–actor
 * @param actors   whose statements count for an actor: only those it spoke ({@code speaker}), or also
 *                 those that mention it ({@code all})
 * @param link     for actor–actor: edges weighted by shared topics ({@code topics}) or by articles in
 *                 which both actors appear ({@code articles})
 * @param window   time slices by statement date, or null for one network over all time
 */
public record NetworkOptions(NetworkKind kind, ActorRole actors, Link link, TimeWindow window) {

    /** Which statements make an actor part of the network. */
    public enum ActorRole { SPEAKER, ALL }

    /** What an actor–actor edge counts. */
    public enum Link { TOPICS, ARTICLES }

    public static NetworkOptions parse(NetworkKind kind, String actors, String link, String window) {
        return new NetworkOptions(kind,
                named(ActorRole.class, "actors", actors, ActorRole.SPEAKER, "speaker or all"),
                named(Link.class, "link", link, Link.TOPICS, "topics or articles"),
                window == null || window.isBlank() ? null : named(TimeWindow.class, "window", window, null, "year, month or day"));
    }

    private static <T extends Enum<T>> T named(Class<T> type, String field, String value, T fallback, String allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be " + allowed + ", was '" + value + "'");
        }
    }
}
