package org.dictum.bench.maintext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenOverlapTest {

    @Test
    void tokens_are_lower_cased_runs_of_letters_and_digits_so_punctuation_and_unmapped_quotes_do_not_count() {
        assertThat(TokenOverlap.bag("Kosovo’s 15-member Council, “Rücker”")).isEqualTo(
                Map.of("kosovo", 1, "s", 1, "15", 1, "member", 1, "council", 1, "rücker", 1));
        assertThat(TokenOverlap.of("Kosovo’s future", "Kosovo?s future").f1()).isEqualTo(1.0);
    }

    @Test
    void precision_recall_and_f1_count_repeated_words_only_as_often_as_the_gold_has_them() {
        TokenOverlap overlap = TokenOverlap.of("the talks the talks ended", "the talks ended on monday");

        assertThat(overlap.extracted()).isEqualTo(5);
        assertThat(overlap.gold()).isEqualTo(5);
        assertThat(overlap.matched()).isEqualTo(3);
        assertThat(overlap.precision()).isEqualTo(0.6);
        assertThat(overlap.recall()).isEqualTo(0.6);
        assertThat(overlap.f1()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void extracting_nothing_scores_zero_unless_the_gold_is_empty_too() {
        assertThat(TokenOverlap.of("", "some gold").f1()).isZero();
        assertThat(TokenOverlap.of("noise", "").f1()).isZero();
        assertThat(TokenOverlap.of("", "").f1()).isEqualTo(1.0);
    }

    @Test
    void multiset_difference_and_intersection_work_count_by_count() {
        Map<String, Integer> bag = Map.of("a", 3, "b", 1);
        Map<String, Integer> other = Map.of("a", 1, "c", 2);

        assertThat(TokenOverlap.minus(bag, other)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(TokenOverlap.intersection(bag, other)).isEqualTo(Map.of("a", 1));
        assertThat(TokenOverlap.size(bag)).isEqualTo(4);
    }
}
