package org.dictum.bench.tools.migrate;

import java.util.List;

/**
 * What a copy did: the rows of each table in the order copied (source and target counts after the
 * copy), the tables of the source that the archive schema does not have, and where each sequence
 * of the target continues.
 */
record CopyReport(String schemaVersion, List<TableCount> tables, List<String> skippedTables,
        List<SequenceMove> sequences) {

    CopyReport {
        tables = List.copyOf(tables);
        skippedTables = List.copyOf(skippedTables);
        sequences = List.copyOf(sequences);
    }

    long totalRows() {
        return tables.stream().mapToLong(TableCount::targetRows).sum();
    }

    /** Rows of one table, counted on both sides once copied. */
    record TableCount(String table, long sourceRows, long targetRows) {
        boolean matches() {
            return sourceRows == targetRows;
        }
    }

    /** A target sequence moved so that it hands out {@code nextValue} next. */
    record SequenceMove(String sequence, long nextValue) {
    }
}
