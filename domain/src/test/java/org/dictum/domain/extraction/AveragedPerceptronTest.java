package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AveragedPerceptronTest {

    private static final List<String> SAID = List.of("bias", "w=said", "next=that");
    private static final List<String> TABLE = List.of("bias", "w=table", "next=that");

    @Test
    void learns_to_separate_positive_from_negative_examples() {
        AveragedPerceptron perceptron = new AveragedPerceptron();
        for (int epoch = 0; epoch < 5; epoch++) {
            perceptron.learn(SAID, true);
            perceptron.learn(TABLE, false);
        }

        LinearModel model = perceptron.averaged();

        assertThat(model.score(SAID)).isPositive();
        assertThat(model.score(TABLE)).isNegative();
    }

    @Test
    void ranking_puts_the_preferred_choice_first() {
        AveragedPerceptron perceptron = new AveragedPerceptron();
        List<String> afterThat = List.of("s:prev=that");
        List<String> atThat = List.of("s:w=that");
        for (int epoch = 0; epoch < 3; epoch++) {
            List<String> predicted = perceptron.score(atThat) >= perceptron.score(afterThat) ? atThat : afterThat;
            perceptron.prefer(afterThat, predicted);
        }

        LinearModel model = perceptron.averaged();

        assertThat(model.score(afterThat)).isGreaterThan(model.score(atThat));
    }
}
