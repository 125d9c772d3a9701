package org.dictum.domain.imports;

/**
 * How far an import got.
 *
 * @param total records in the source, null until counted
 * @param docsPerSecond records read per second in the current (or last) run, null before it started
 * @param etaSeconds seconds the rest needs at that rate, null when unknown
 */
public record ImportProgress(long read, long stored, long skipped, long failed, Long total, Double docsPerSecond,
                             Long etaSeconds) {

    /** Share of the source read, 0 to 1; null while the total is unknown. */
    public Double fraction() {
        if (total == null) {
            return null;
        }
        return total == 0 ? 1.0 : Math.min(1.0, (double) read / total);
    }
}
