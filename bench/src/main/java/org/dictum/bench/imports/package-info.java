/**
 * The bulk import benchmark: converts Reuters-21578 into the import's JSON Lines, measures the
 * extraction-only ceiling over the same records, and reports the import's own rate against it with
 * the server's heap and start-to-ready time. Started by {@code bench/run-import-benchmark.sh};
 * documented in {@code docs/BENCHMARKS.md}, "Bulk import".
 */
package org.dictum.bench.imports;
