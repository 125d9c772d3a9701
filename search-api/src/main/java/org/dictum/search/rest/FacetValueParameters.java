package org.dictum.search.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.dictum.search.query.Paging;

/** Paging of facet values: {@code prefix}, {@code offset}, {@code limit}. */
public class FacetValueParameters {

    static final String[] NAMES = {"prefix", "offset", "limit"};

    @QueryParam("prefix")
    String prefix;
    @QueryParam("offset")
    @DefaultValue("0")
    String offset;
    @QueryParam("limit")
    @DefaultValue("20")
    String limit;

    int offset() {
        return Paging.number("offset", offset);
    }

    int limit() {
        return Paging.number("limit", limit);
    }
}
