package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the taxonomy's write requests. {@code version}, where a body has it, is the version
 * of the topic the librarian read (also accepted as {@code If-Match}); a stale one gets 409.
 * {@code reason} goes into the audit trail (as does the {@code X-Dictum-Reason} header).
 */
public final class TopicRequests {

    static final int MAX_LABEL = 200;
    static final int MAX_SCOPE_NOTE = 2000;

    private TopicRequests() {
    }

    /** {@code POST /api/topics}: {@code parent} is the broader topic's id, absent for a top concept. */
    public record NewTopic(@NotBlank @Size(max = MAX_LABEL) String label, Long parent, @Size(max = MAX_SCOPE_NOTE) String scopeNote,
                           String reason) {
    }

    /** {@code PUT /api/topics/{id}/label}. */
    public record Relabel(@NotBlank @Size(max = MAX_LABEL) String label, Long version, String reason) {
    }

    /** {@code PUT /api/topics/{id}/parent}: null or absent {@code parent} makes it a top concept. */
    public record Move(Long parent, Long version, String reason) {
    }

    /** {@code POST /api/topics/{id}/merge}: the surviving topic's id. */
    @Schema(name = "TopicMerge")
    public record Merge(@NotNull Long into, Long version, String reason) {
    }
}
