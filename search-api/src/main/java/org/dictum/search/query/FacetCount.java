package org.dictum.search.query;

/** How many hits carry one facet value; {@code selected} marks values the request filters on. */
public record FacetCount(String value, long count, boolean selected) {
}
