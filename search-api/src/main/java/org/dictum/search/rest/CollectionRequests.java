package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dictum.domain.collection.Collection;
import org.dictum.domain.collection.CollectionSlug;

/**
 * The bodies of the collection write requests. {@code version}, where a body has it, is the version
 * of the collection the librarian read (also accepted as {@code If-Match}); a stale one gets 409.
 * {@code reason} goes into the audit trail (as does the {@code X-Dictum-Reason} header).
 */
public final class CollectionRequests {

    /** Most ids one request may name per kind of member. */
    static final int MAX_MEMBERS = 10_000;

    private CollectionRequests() {
    }

    /**
     * {@code POST /api/collections}: {@code slug} optional (made from the title when absent),
     * {@code visibility} {@code public} or {@code private} (the default).
     */
    public record NewCollection(@Size(max = CollectionSlug.MAX_LENGTH) String slug,
                                @NotBlank @Size(max = Collection.MAX_TITLE_LENGTH) String title,
                                @Size(max = Collection.MAX_DESCRIPTION_LENGTH) String description,
                                String visibility, String reason) {
    }

    /** {@code POST /api/collections/{slug}/members} and {@code …/members/remove}: ids of articles and statements. */
    public record Members(@Size(max = MAX_MEMBERS) List<Long> articles, @Size(max = MAX_MEMBERS) List<Long> statements,
                          Long version, String reason) {
    }
}
