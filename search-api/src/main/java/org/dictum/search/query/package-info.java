/**
 * Full-text queries, one service per indexed aggregate, returning immutable records. Facets are
 * multi-select: each facet is counted with every filter except its own.
 */
package org.dictum.search.query;
