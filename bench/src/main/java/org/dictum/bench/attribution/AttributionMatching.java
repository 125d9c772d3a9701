package org.dictum.bench.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs predicted with gold attributions of one document: a pair qualifies when the token Jaccard of the two
 * contents is at least {@value #MIN_JACCARD}; pairs are taken greedily by decreasing Jaccard (ties: document order),
 * each prediction and each gold attribution at most once.
 */
final class AttributionMatching {

    static final double MIN_JACCARD = 0.5;

    /** @param jaccard token Jaccard of the two contents */
    record Match(int predicted, int gold, double jaccard) {
    }

    private AttributionMatching() {
    }

    static List<Match> match(List<BitSet> predictedContents, List<BitSet> goldContents) {
        List<Match> candidates = new ArrayList<>();
        for (int p = 0; p < predictedContents.size(); p++) {
            for (int g = 0; g < goldContents.size(); g++) {
                if (!predictedContents.get(p).intersects(goldContents.get(g))) {
                    continue;
                }
                double jaccard = WordPositions.jaccard(predictedContents.get(p), goldContents.get(g));
                if (jaccard >= MIN_JACCARD) {
                    candidates.add(new Match(p, g, jaccard));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::jaccard).reversed()
                .thenComparingInt(Match::predicted).thenComparingInt(Match::gold));
        boolean[] predictedTaken = new boolean[predictedContents.size()];
        boolean[] goldTaken = new boolean[goldContents.size()];
        List<Match> matches = new ArrayList<>();
        for (Match candidate : candidates) {
            if (!predictedTaken[candidate.predicted()] && !goldTaken[candidate.gold()]) {
                predictedTaken[candidate.predicted()] = true;
                goldTaken[candidate.gold()] = true;
                matches.add(candidate);
            }
        }
        return matches;
    }
}
