package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dictum.domain.savedsearch.SavedSearch;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the saved-search write requests; {@code version} may also come as {@code If-Match}. */
public final class SavedSearchRequests {

    private SavedSearchRequests() {
    }

    /** {@code POST /api/saved-searches}. */
    @Schema(name = "NewSavedSearch", description = "A search to save under a name")
    public record NewSavedSearch(
            @Schema(example = "Russia on missiles") @NotBlank @Size(max = SavedSearch.MAX_NAME_LENGTH) String name,
            @Schema(description = "statements (default) or articles", example = "statements", defaultValue = "statements")
            String target,
            @Schema(description = "The search parameters as a query string (q, actor, speaker, topic, source, language, month,"
                    + " from, to, sort); paging parameters are dropped", example = "q=missiles&actor=Russia")
            @Size(max = SavedSearch.MAX_QUERY_LENGTH) String query) {
    }

    /** {@code PUT /api/saved-searches/{id}/name}. */
    @Schema(name = "SavedSearchRename")
    public record Rename(@Schema(example = "Missile talks") @NotBlank @Size(max = SavedSearch.MAX_NAME_LENGTH) String name,
                        @Schema(description = "The version renamed (or If-Match)") Long version) {
    }

    /** {@code POST /api/saved-searches/{id}/freeze}; the body may be absent. */
    @Schema(name = "SavedSearchFreeze")
    public record Freeze(@Schema(description = "The version frozen (or If-Match)") Long version) {
    }
}
