package org.dictum.search.rest;

import jakarta.ws.rs.core.UriInfo;
import org.dictum.search.export.Permalinks;

/** The portal's address as this request reached the API (the API lives under {@code /api/} beside the portal). */
final class PortalAddress {

    private PortalAddress() {
    }

    /** The portal's absolute address, ending in {@code /}. */
    static String root(UriInfo uri) {
        return uri.getBaseUri().resolve("..").toString();
    }

    static Permalinks permalinks(UriInfo uri) {
        return new Permalinks(root(uri));
    }
}
