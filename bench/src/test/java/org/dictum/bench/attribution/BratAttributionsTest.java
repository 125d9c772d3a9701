package org.dictum.bench.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {

    @Test
    void events_tie_source_cue_and_discontinuous_content_together() {
        List<GoldAttribution> gold = BratAttributions.parse(List.of(
                "T1\tSource 40 43\tshe",
                "T2\tCue 44 48\tsaid",
                "T3\tContent 1 20;51 70\tWe are ready, ... but not rushed",
                "that continues on a second line",
                "T4\tAttribution 44 48\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tDiscard 80 90\tRead more."));
        assertThat(gold).singleElement().satisfies(attribution -> {
            assertThat(attribution.source()).containsExactly(new CharSpan(40, 43));
            assertThat(attribution.cue()).containsExactly(new CharSpan(44, 48));
            assertThat(attribution.content()).containsExactly(new CharSpan(1, 20), new CharSpan(51, 70));
        });
    }

    @Test
    void attribution_without_source_has_no_source_spans() {
        List<GoldAttribution> gold = BratAttributions.parse(List.of(
                "T1\tCue 0 9\tIt is said", "T2\tContent 10 20\tthat it rains", "T3\tAttribution-no-source 0 9\tIt is said",
                "E1\tAttribution-no-source:T3 Cue:T1 Content:T2"));
        assertThat(gold).singleElement().satisfies(attribution -> assertThat(attribution.hasSource()).isFalse());
    }
}
