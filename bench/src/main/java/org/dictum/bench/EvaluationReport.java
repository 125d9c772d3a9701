package org.dictum.bench;

import java.util.List;

/**
 * The figures one evaluation measured.
 *
 * @param metrics in display order
 * @param notes   what a reader needs to interpret the figures (sample sizes, mappings, caveats)
 */
public record EvaluationReport(String evaluation, String dataset, List<Metric> metrics, List<String> notes) {

    public EvaluationReport {
        metrics = List.copyOf(metrics);
        notes = List.copyOf(notes);
    }

    /**
     * One figure.
     *
     * @param target what the issue asks for, e.g. "≥ 0.95", or empty
     */
    public record Metric(String name, double value, String target) {
    }
}
