package org.dictum.bench.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultiLabelScoresTest {

    @Test
    void micro_figures_pool_decisions_and_macro_f1_averages_labels() {
        MultiLabelScores scores = new MultiLabelScores(List.of("earn", "acq", "corn"));
        scores.add(Set.of("earn"), Set.of("earn"));              // earn tp
        scores.add(Set.of("earn", "acq"), Set.of("earn"));       // earn tp, acq fn
        scores.add(Set.of(), Set.of("acq", "cocoa"));            // acq fp, cocoa is not scored
        scores.add(Set.of("acq"), Set.of("acq"));                // acq tp

        assertThat(scores.microPrecision()).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(scores.microRecall()).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(scores.microF1()).isCloseTo(0.75, within(1e-12));
        assertThat(scores.f1("earn")).isEqualTo(1.0);
        assertThat(scores.f1("acq")).isCloseTo(0.5, within(1e-12));
        assertThat(scores.f1("corn")).isZero();
        assertThat(scores.macroF1()).isCloseTo(0.5, within(1e-12));
    }
}
