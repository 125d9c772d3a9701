package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratSpansTest {

    @Test
    void attribution_joins_cue_and_content_and_spans_discontinuous_parts() {
        List<String> lines = List.of(
                "T1\tSource 0 5\tSmith",
                "T2\tCue 6 13\tclaimed",
                "T3\tContent 14 30;35 40\tthe vote was rigged",
                "T4\tAttribution 6 13\tclaimed",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "E2\tAttribution:T4 Source:T1");

        List<int[]> attributions = BratSpans.attributions(lines);

        assertThat(attributions).hasSize(1);
        assertThat(attributions.get(0)).containsExactly(6, 13, 14, 40);
    }
}
