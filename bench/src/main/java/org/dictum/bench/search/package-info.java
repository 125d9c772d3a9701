/**
 * The faceted statement search benchmark: builds a dataset of a million statements or more from
 * Reuters-21578 (ingested over REST, then replicated in the database), and measures the latency of
 * one faceted query over REST against the same query run directly on the server's Lucene index.
 * Started by {@code bench/run-search-benchmark.sh}; documented in {@code docs/BENCHMARKS.md}.
 */
package org.dictum.bench.search;
