package org.dictum.bench.attribution;

/**
 * Counts for one class of attributions (all, direct or indirect) over a set of documents. Precision counts
 * predictions of the class, recall gold attributions of the class; a match counts for the class of each side.
 */
final class AttributionTally {

    private int predicted;
    private int gold;
    private int matchedPredicted;
    private int matchedGold;
    private int sourceJudged;
    private int sourceCorrect;
    private int cueJudged;
    private int cueCorrect;

    void predicted() {
        predicted++;
    }

    void gold() {
        gold++;
    }

    void matchedPrediction() {
        matchedPredicted++;
    }

    /** @param sourceCorrect null when the gold attribution has no source (PolNeAR's Attribution-no-source) */
    void matchedGold(Boolean sourceCorrect, boolean cueCorrect) {
        matchedGold++;
        if (sourceCorrect != null) {
            sourceJudged++;
            if (sourceCorrect) {
                this.sourceCorrect++;
            }
        }
        cueJudged++;
        if (cueCorrect) {
            this.cueCorrect++;
        }
    }

    double precision() {
        return ratio(matchedPredicted, predicted);
    }

    double recall() {
        return ratio(matchedGold, gold);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double sourceAccuracy() {
        return ratio(sourceCorrect, sourceJudged);
    }

    double cueAccuracy() {
        return ratio(cueCorrect, cueJudged);
    }

    int predictedCount() {
        return predicted;
    }

    int goldCount() {
        return gold;
    }

    int matchedCount() {
        return matchedGold;
    }

    int sourceJudgedCount() {
        return sourceJudged;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
