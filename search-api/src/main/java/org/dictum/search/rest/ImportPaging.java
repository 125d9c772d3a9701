package org.dictum.search.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.imports.ImportSettings;

/** Bounds of the import lists' paging ({@code dictum.import.max-page-size}). */
@ApplicationScoped
class ImportPaging {

    @Inject
    ImportSettings settings;

    void check(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > settings.maxPageSize()) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + settings.maxPageSize());
        }
    }
}
