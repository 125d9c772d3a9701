package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * The decisions of the learned attribution model for one sentence, in order: which tokens end a cue, where each cue
 * starts, whether its content follows or precedes it, and where the content starts and ends. Each decision after
 * the first picks the best-scoring choice among a bounded set of candidates; training ranks the gold choice first
 * over the same candidates.
 */
final class AttributionDecoder {

    /** Cues are at most this many tokens before their last one ("reserved his most eloquent passion for" is rare). */
    static final int MAX_CUE_TOKENS = 4;
    /** "told reporters on Monday that …": the content starts at most this far after the cue. */
    static final int MAX_START_OFFSET = 6;

    /** Token indices of the sentence; every end is inclusive. */
    record Attribution(int cueFrom, int cueEnd, boolean contentAfter, int contentFrom, int contentEnd) {
    }

    private final ToDoubleFunction<List<String>> scorer;
    private final double cueThreshold;

    AttributionDecoder(ToDoubleFunction<List<String>> scorer, double cueThreshold) {
        this.scorer = scorer;
        this.cueThreshold = cueThreshold;
    }

    List<Attribution> decode(AttributionFeatures features) {
        List<Attribution> found = new ArrayList<>();
        for (int end = 0; end < features.size(); end++) {
            if (!features.quoted(end) && scorer.applyAsDouble(features.cueEnd(end)) > cueThreshold) {
                attributionEndingAt(features, end).ifPresent(found::add);
            }
        }
        return found;
    }

    Optional<Attribution> attributionEndingAt(AttributionFeatures features, int end) {
        int from = best(cueStarts(end), candidate -> features.cueStart(candidate, end));
        boolean after = end + 1 < features.size() && scorer.applyAsDouble(features.contentAfter(from, end)) > 0;
        if (after) {
            int start = best(startsAfter(features, end), candidate -> features.startAfter(end, candidate));
            int last = best(ends(start, features.size() - 1), candidate -> features.endAt('e', start, candidate, end));
            return Optional.of(new Attribution(from, end, true, start, last));
        }
        if (from == 0) {
            return Optional.empty();
        }
        int start = best(ends(0, from - 1), candidate -> features.startBefore(candidate, from));
        int last = best(ends(start, from - 1), candidate -> features.endAt('l', start, candidate, end));
        return Optional.of(new Attribution(from, end, false, start, last));
    }

    static int[] cueStarts(int end) {
        return range(Math.max(0, end - MAX_CUE_TOKENS + 1), end);
    }

    static int[] startsAfter(AttributionFeatures features, int cueEnd) {
        return range(cueEnd + 1, Math.min(cueEnd + MAX_START_OFFSET, features.size() - 1));
    }

    static int[] ends(int from, int to) {
        return range(from, to);
    }

    private int best(int[] candidates, IntFunction<List<String>> featuresOf) {
        int best = candidates[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate : candidates) {
            double score = scorer.applyAsDouble(featuresOf.apply(candidate));
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int[] range(int from, int to) {
        int[] values = new int[Math.max(0, to - from + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        return values;
    }
}
