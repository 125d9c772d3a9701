package org.dictum.search.network;

import java.util.Optional;

/** Which network to draw from a search's statements. */
public enum NetworkKind {
    /** Two-mode: actors and topics; an edge counts the statements in which an actor speaks about a topic. */
    ACTOR_TOPIC("actor-topic"),
    /** One-mode: actors; an edge weighs what two actors share (topics, or articles). */
    ACTOR_ACTOR("actor-actor");

    private final String parameter;

    NetworkKind(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<NetworkKind> byParameter(String value) {
        for (NetworkKind kind : values()) {
            if (kind.parameter.equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
