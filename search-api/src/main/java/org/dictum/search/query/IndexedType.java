package org.dictum.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * What a faceted search needs to know about one indexed entity type.
 *
 * @param dateField        the date that {@code from}/{@code to} and date sorting use
 * @param histogramFields  histogram name ({@code published}, {@code statement}) to date field
 * @param alwaysFilter     a filter every search applies (e.g. no rejected statements)
 * @param luceneFilter     the same filter as a native Lucene query, for the one-pass counting; empty for none
 * @param highlightFields  the stemmed and the exact field to highlight, in that order
 * @param fragmentLength   characters per highlighted fragment; long enough for a whole statement
 * @param fragments        how many fragments to return
 * @param storedFields     index fields stored for showing a hit, projected with it
 * @param hitGraph         the entity graph to load hits with, so that showing them needs no further queries
 * @param storedHits       how a hit is shown from its stored fields alone, where the index stores enough; empty
 *                         when hits are always shown from their entities
 * @param dateOf           the entity's value of {@code dateField}, for cursors
 * @param idOf             the entity's id, for cursors
 */
record IndexedType<E>(
        Class<E> entity,
        QueryFields queryFields,
        String dateField,
        Map<String, String> histogramFields,
        Function<SearchPredicateFactory, PredicateFinalStep> alwaysFilter,
        Optional<Query> luceneFilter,
        List<String> highlightFields,
        int fragmentLength,
        int fragments,
        List<String> storedFields,
        Optional<String> hitGraph,
        Optional<StoredHits> storedHits,
        Function<E, LocalDate> dateOf,
        Function<E, Long> idOf) {

    /** Hits shown from the stored fields of their index documents, without loading their entities. */
    interface StoredHits {

        /** True when these stored values (in {@link #storedFields} order) suffice to show the hit. */
        boolean complete(List<String> stored);

        /** The hit's value of {@link #dateField} from complete stored values, for cursors; null for none. */
        LocalDate date(List<String> stored);
    }
}
