package org.dictum.search.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dictum.search.imports.ImportSettings;
import org.dictum.search.query.Paging;

/** Bounds of the import lists' paging ({@code dictum.import.max-page-size}). */
@ApplicationScoped
class ImportPaging {

    @Inject
    ImportSettings settings;

    /** The offset a query parameter gives, refused as every list's is ({@link Paging}). */
    int offset(String text) {
        return Paging.offset(Paging.number("offset", text));
    }

    /** The limit a query parameter gives, at most {@code dictum.import.max-page-size}. */
    int limit(String text) {
        return Paging.limit(Paging.number("limit", text), settings.maxPageSize());
    }
}
