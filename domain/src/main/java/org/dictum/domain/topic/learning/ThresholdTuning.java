package org.dictum.domain.topic.learning;

import java.util.Arrays;
import java.util.Comparator;

/** Chooses the decision threshold of one label from scores on held-out examples. */
final class ThresholdTuning {

    private ThresholdTuning() {
    }

    /**
     * The threshold that maximises F1 on the given scores: halfway between the lowest score
     * still accepted and the highest score rejected. Without any positive example there is
     * nothing to tune and the models' natural threshold 0 is kept. Of equally good cuts the
     * first (strictest) wins.
     */
    static double bestF1Threshold(double[] scores, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        if (positives == 0) {
            return 0;
        }
        Integer[] byScore = new Integer[scores.length];
        for (int i = 0; i < scores.length; i++) {
            byScore[i] = i;
        }
        Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());

        double bestF1 = -1;
        int bestCut = 0;
        int truePositives = 0;
        for (int k = 1; k <= scores.length; k++) {
            truePositives += positive[byScore[k - 1]] ? 1 : 0;
            boolean distinctFromNext = k == scores.length || scores[byScore[k - 1]] > scores[byScore[k]];
            if (!distinctFromNext) {
                continue;
            }
            double f1 = 2.0 * truePositives / (k + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestCut = k;
            }
        }
        double lowestAccepted = scores[byScore[bestCut - 1]];
        if (bestCut == scores.length) {
            return lowestAccepted - 1e-6;
        }
        return (lowestAccepted + scores[byScore[bestCut]]) / 2;
    }
}
