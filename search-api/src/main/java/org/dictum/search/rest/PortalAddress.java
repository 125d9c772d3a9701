package org.dictum.search.rest;

import jakarta.ws.rs.core.UriInfo;
import org.dictum.search.export.Permalinks;

/** The portal's address as this request reached the API (the API lives under {@code /api/} beside the portal). */
final class PortalAddress {

    private PortalAddress() {
    }

    static Permalinks permalinks(UriInfo uri) {
        return new Permalinks(uri.getBaseUri().resolve("..").toString());
    }
}
