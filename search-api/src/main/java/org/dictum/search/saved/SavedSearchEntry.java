package org.dictum.search.saved;

import java.time.Instant;
import org.dictum.domain.savedsearch.SavedSearch;

/**
 * A saved search as its owner sees it.
 *
 * @param target    {@code statements} or {@code articles}
 * @param query     the canonical query string of the search
 * @param search    the live search, relative to the portal root ({@code api/search/statements?q=...}); absolute in API answers
 * @param publicId  the persistent identifier once frozen, else null
 * @param permalink the frozen search's address, relative to the portal root ({@code saved/<publicId>}), else null;
 *                  absolute in API answers
 * @param frozenTotal how many records matched at the freeze (null until frozen)
 * @param recorded  how many of them were recorded, at most {@code dictum.saved-search.max-frozen-results} (null until frozen)
 */
public record SavedSearchEntry(long id, String name, String target, String query, String owner, Instant createdAt,
                               long version, boolean frozen, String publicId, String permalink, Instant frozenAt,
                               Long frozenTotal, Integer recorded, String search) {

    static final String PERMALINK_PREFIX = "saved/";

    static SavedSearchEntry of(SavedSearch saved) {
        boolean frozen = saved.isFrozen();
        return new SavedSearchEntry(saved.getId(), saved.getName(), saved.getTarget().parameter(), saved.getQuery(),
                saved.getOwner().getName(), saved.getCreatedAt(), saved.getVersion(), frozen,
                saved.getPublicId().orElse(null), saved.getPublicId().map(id -> PERMALINK_PREFIX + id).orElse(null),
                saved.getFrozenAt().orElse(null), frozen ? saved.getFrozenTotal() : null,
                frozen ? saved.getFrozenIds().size() : null, searchPath(saved));
    }

    /**
     * This entry with absolute addresses under {@code portalRoot} (ending in a slash), as API answers give them:
     * relative to the answer's own URL, {@code saved/<id>} led to {@code /api/saved-searches/1/saved/<id>}, a 404.
     */
    public SavedSearchEntry addressedFrom(String portalRoot) {
        return new SavedSearchEntry(id, name, target, query, owner, createdAt, version, frozen, publicId,
                permalink == null ? null : portalRoot + permalink, frozenAt, frozenTotal, recorded, portalRoot + search);
    }

    static String searchPath(SavedSearch saved) {
        return "api/search/" + saved.getTarget().parameter() + (saved.getQuery().isEmpty() ? "" : "?" + saved.getQuery());
    }
}
