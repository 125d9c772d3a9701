package org.dictum.web.conflict;

import java.util.Optional;

/** The exceptions the Faces implementation queues wrap the cause several times over. */
final class Causes {

    private Causes() {
    }

    /** The first exception of {@code type} in the cause chain of {@code exception}, itself included. */
    static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
