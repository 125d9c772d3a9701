package org.dictum.domain.extraction;

import java.util.List;

/**
 * Trains a {@link LinearModel}: perceptron updates, with the weights averaged over every step (Collins 2002), which
 * keeps the result stable without a learning rate or regularisation to tune.
 */
final class AveragedPerceptron {

    private final float[] weights = new float[LinearModel.SLOTS];
    /** Sum of step × update, from which the average is recovered: average = weights - sums / steps. */
    private final double[] stepWeighted = new double[LinearModel.SLOTS];
    private long step = 1;

    double score(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights[LinearModel.slot(feature)];
        }
        return sum;
    }

    /** A binary example: label true wants a positive score. */
    void learn(List<String> features, boolean label) {
        double score = score(features);
        if (label && score <= 0) {
            update(features, 1);
        } else if (!label && score >= 0) {
            update(features, -1);
        }
        step++;
    }

    /** A ranking example: the gold choice should outscore the predicted one. */
    void prefer(List<String> gold, List<String> predicted) {
        if (gold != predicted) {
            update(gold, 1);
            update(predicted, -1);
        }
        step++;
    }

    private void update(List<String> features, int delta) {
        for (String feature : features) {
            int slot = LinearModel.slot(feature);
            weights[slot] += delta;
            stepWeighted[slot] += (double) step * delta;
        }
    }

    LinearModel averaged() {
        float[] average = new float[LinearModel.SLOTS];
        for (int i = 0; i < average.length; i++) {
            average[i] = (float) (weights[i] - stepWeighted[i] / step);
        }
        return new LinearModel(average);
    }
}
