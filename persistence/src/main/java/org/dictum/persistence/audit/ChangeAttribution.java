package org.dictum.persistence.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;

/**
 * Collects, for the changes of one request, the reason a writer gives (an API header, a field of
 * the request body, a form field); the caller comes from {@link CurrentUser}.
 */
@RequestScoped
public class ChangeAttribution {

    @Inject
    CurrentUser currentUser;

    private String reason;

    private String actingFor;

    /**
     * Records why the changes of this request are made; a later reason replaces an earlier one, and
     * an absent or blank one (a request body without a reason) keeps what was given before (the header).
     * A reason longer than the history keeps ({@value AuditRevision#MAX_REASON_LENGTH} characters) is
     * refused, for every kind of record alike, rather than cut.
     */
    public void because(String why) {
        if (why == null || why.isBlank()) {
            return;
        }
        int length = why.strip().length();
        if (length > AuditRevision.MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "reason has at most " + AuditRevision.MAX_REASON_LENGTH
                    + " characters; was " + length);
        }
        this.reason = why;
    }

    /**
     * Attributes the changes to {@code user} rather than to the container's caller: for work a user
     * started that runs later without them (a bulk import's chunks on a batch thread).
     */
    public void onBehalfOf(String user) {
        if (user != null && !user.isBlank()) {
            this.actingFor = user;
        }
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
    }

    public Attribution attribution() {
        return Attribution.inRequest(actingFor != null ? actingFor : currentUser.name().orElse(null), reason);
    }
}
