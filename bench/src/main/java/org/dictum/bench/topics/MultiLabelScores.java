package org.dictum.bench.topics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of a multi-label tagger over a fixed list of labels. Micro figures pool
 * the decisions of all labels; macro-F1 averages the per-label F1 (a label with no gold and no
 * predicted document counts as F1 0, as in scikit-learn's default).
 */
final class MultiLabelScores {

    private final List<String> labels;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    MultiLabelScores(List<String> labels) {
        this.labels = List.copyOf(labels);
        labels.forEach(label -> counts.put(label, new int[3]));
    }

    /** Records one document: its gold labels and the predicted ones (labels outside the list are ignored). */
    void add(Set<String> gold, Set<String> predicted) {
        for (String label : labels) {
            boolean isGold = gold.contains(label);
            boolean isPredicted = predicted.contains(label);
            int[] c = counts.get(label);
            if (isGold && isPredicted) {
                c[0]++;
            } else if (isPredicted) {
                c[1]++;
            } else if (isGold) {
                c[2]++;
            }
        }
    }

    double microPrecision() {
        int tp = total(0);
        int fp = total(1);
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double microRecall() {
        int tp = total(0);
        int fn = total(2);
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double microF1() {
        return f1(total(0), total(1), total(2));
    }

    double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    double f1(String label) {
        int[] c = counts.get(label);
        return f1(c[0], c[1], c[2]);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private int total(int kind) {
        return counts.values().stream().mapToInt(c -> c[kind]).sum();
    }
}
