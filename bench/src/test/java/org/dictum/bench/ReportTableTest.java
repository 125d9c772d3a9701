package org.dictum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void renders_one_row_per_metric_and_the_notes() {
        EvaluationReport report = new EvaluationReport("main-text", "l3s-gn1",
                List.of(new EvaluationReport.Metric("token F1", 0.95123, "≥ 0.95")), List.of("621 pages"));

        assertThat(ReportTable.render(List.of(report)))
                .contains("| main-text | l3s-gn1 | token F1 | 0.951 | ≥ 0.95 |")
                .contains("- main-text: 621 pages");
    }
}
