package org.dictum.bench.actors;

import java.util.Set;

/**
 * Precision and recall of one entity type over documents, micro (pooled counts) and macro (mean of per-document
 * figures; per-document precision only where something was predicted). Also the precision among predictions that
 * the Reuters vocabulary could contain at all ("in vocabulary"): Reuters tags a closed list of categories, so an
 * actor outside it is not necessarily wrong.
 */
final class EntityTally {

    private int documents;
    private int gold;
    private int predicted;
    private int correct;
    private int predictedInVocabulary;
    private int correctInVocabulary;
    private double recallSum;
    private double precisionSum;
    private int documentsWithPredictions;

    /**
     * @param goldCodes      the document's gold codes (at least one)
     * @param predictedCodes predictions as codes; a prediction outside the vocabulary is any string not a code
     * @param inVocabulary   the predictions that are codes of the Reuters vocabulary
     */
    void add(Set<String> goldCodes, Set<String> predictedCodes, Set<String> inVocabulary) {
        documents++;
        int hits = (int) predictedCodes.stream().filter(goldCodes::contains).count();
        gold += goldCodes.size();
        predicted += predictedCodes.size();
        correct += hits;
        predictedInVocabulary += inVocabulary.size();
        correctInVocabulary += (int) inVocabulary.stream().filter(goldCodes::contains).count();
        recallSum += (double) hits / goldCodes.size();
        if (!predictedCodes.isEmpty()) {
            precisionSum += (double) hits / predictedCodes.size();
            documentsWithPredictions++;
        }
    }

    int documents() {
        return documents;
    }

    double microPrecision() {
        return ratio(correct, predicted);
    }

    double microRecall() {
        return ratio(correct, gold);
    }

    double macroPrecision() {
        return documentsWithPredictions == 0 ? 0 : precisionSum / documentsWithPredictions;
    }

    double macroRecall() {
        return documents == 0 ? 0 : recallSum / documents;
    }

    double inVocabularyPrecision() {
        return ratio(correctInVocabulary, predictedInVocabulary);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
