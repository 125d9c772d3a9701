package org.dictum.bench.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityTallyTest {

    @Test
    void micro_pools_counts_and_macro_averages_documents() {
        EntityTally tally = new EntityTally();
        tally.add(Set.of("usa", "uk"), Set.of("usa", "?Atlantis"), Set.of("usa"));
        tally.add(Set.of("japan"), Set.of(), Set.of());
        assertThat(tally.microRecall()).isEqualTo(1 / 3.0);
        assertThat(tally.microPrecision()).isEqualTo(0.5);
        assertThat(tally.macroRecall()).isEqualTo(0.25);
        assertThat(tally.macroPrecision()).isEqualTo(0.5);
        assertThat(tally.inVocabularyPrecision()).isEqualTo(1.0);
        assertThat(tally.documents()).isEqualTo(2);
    }
}
