package org.dictum.search.imports;

/** What one chunk did with its records. */
record ChunkOutcome(long stored, long skipped, long failed) {
}
