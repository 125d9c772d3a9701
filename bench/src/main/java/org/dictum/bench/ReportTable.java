package org.dictum.bench;

import java.util.List;
import java.util.Locale;

/** Renders reports as a Markdown table, ready to paste into docs/EXTRACTION.md. */
public final class ReportTable {

    private ReportTable() {
    }

    public static String render(List<EvaluationReport> reports) {
        StringBuilder out = new StringBuilder("| evaluation | data set | metric | value | target |\n|---|---|---|---|---|\n");
        for (EvaluationReport report : reports) {
            for (EvaluationReport.Metric metric : report.metrics()) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s |%n", report.evaluation(),
                        report.dataset(), metric.name(), metric.value(), metric.target()));
            }
        }
        for (EvaluationReport report : reports) {
            for (String note : report.notes()) {
                out.append("\n- ").append(report.evaluation()).append(": ").append(note);
            }
        }
        return out.append('\n').toString();
    }
}
