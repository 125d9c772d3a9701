package org.dictum.persistence.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a change is attributed to and why. Work outside any request (start-up tasks) is the
 * system's; a request without an authenticated caller is anonymous.
 */
public record Attribution(String user, Optional<String> reason) {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    public Attribution {
        Objects.requireNonNull(user, "user");
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty());
    }

    public static Attribution system() {
        return new Attribution(SYSTEM, Optional.empty());
    }

    /** A change made while serving a request, by {@code caller} (null or blank: nobody logged in). */
    public static Attribution inRequest(String caller, String reason) {
        String user = caller == null || caller.isBlank() ? ANONYMOUS : caller.strip();
        return new Attribution(truncate(user, AuditRevision.MAX_USER_LENGTH), Optional.ofNullable(reason)
                .map(r -> truncate(r, AuditRevision.MAX_REASON_LENGTH)));
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
