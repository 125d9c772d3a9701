/**
 * The query language of the search box and the {@code q} parameter: words, "phrases", AND/OR/NOT,
 * +/-, grouping with parentheses, prefix wildcards ({@code negotiat*}) and fields
 * ({@code speaker:}, {@code actor:}, {@code topic:}, {@code source:}, {@code cue:}). Parsing is
 * independent of Hibernate Search; {@code PredicateTranslator} turns the tree into predicates.
 */
package org.dictum.search.query.syntax;
