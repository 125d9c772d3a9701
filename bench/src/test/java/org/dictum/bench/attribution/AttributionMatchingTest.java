package org.dictum.bench.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionMatchingTest {

    @Test
    void pairs_are_one_to_one_and_the_best_jaccard_wins() {
        BitSet gold = tokens(0, 10);
        BitSet exact = tokens(0, 10);
        BitSet partial = tokens(0, 7);
        List<AttributionMatching.Match> matches = AttributionMatching.match(List.of(partial, exact), List.of(gold));
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.predicted()).isEqualTo(1);
            assertThat(match.jaccard()).isEqualTo(1.0);
        });
    }

    @Test
    void overlap_below_half_of_the_union_is_no_match() {
        assertThat(AttributionMatching.match(List.of(tokens(0, 4)), List.of(tokens(0, 10)))).isEmpty();
        assertThat(AttributionMatching.match(List.of(tokens(0, 5)), List.of(tokens(0, 10)))).hasSize(1);
    }

    @Test
    void the_loser_of_a_contest_can_still_match_another_gold_attribution() {
        List<AttributionMatching.Match> matches = AttributionMatching.match(
                List.of(tokens(0, 10), tokens(0, 9)), List.of(tokens(0, 10), tokens(2, 10)));
        assertThat(matches).hasSize(2);
    }

    private static BitSet tokens(int from, int to) {
        BitSet bits = new BitSet();
        bits.set(from, to);
        return bits;
    }
}
