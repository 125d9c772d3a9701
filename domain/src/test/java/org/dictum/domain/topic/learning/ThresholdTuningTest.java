package org.dictum.domain.topic.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThresholdTuningTest {

    @Test
    void separable_scores_get_a_threshold_halfway_between_the_classes() {
        double[] scores = {0.9, -0.8, 0.4, -0.2, 0.1};
        boolean[] positive = {true, false, true, false, true};

        assertThat(ThresholdTuning.bestF1Threshold(scores, positive)).isCloseTo(-0.05, within(1e-9));
    }

    @Test
    void a_low_scoring_positive_is_let_go_when_taking_it_would_admit_more_negatives() {
        double[] scores = {2.0, 1.5, 1.0, 0.5, 0.4, 0.3, -1.0};
        boolean[] positive = {true, true, true, false, false, false, true};

        // top three: F1 = 6/7; taking all seven: F1 = 8/11
        assertThat(ThresholdTuning.bestF1Threshold(scores, positive)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void the_threshold_never_cuts_between_equal_scores() {
        double[] scores = {1.0, 0.5, 0.5, 0.0};
        boolean[] positive = {true, true, false, false};

        // cutting between the tied 0.5s (F1 1.0) is impossible; accepting both gives F1 0.8
        assertThat(ThresholdTuning.bestF1Threshold(scores, positive)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void without_positives_the_natural_threshold_zero_is_kept() {
        assertThat(ThresholdTuning.bestF1Threshold(new double[] {0.3, -0.4}, new boolean[] {false, false})).isZero();
    }
}
