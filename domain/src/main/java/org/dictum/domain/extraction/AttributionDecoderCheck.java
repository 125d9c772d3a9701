package org.dictum.domain.extraction;

import java.util.Collection;
import java.util.Optional;

/**
 * How well the learned model decides on sentences it was not trained on, apart from the rules and the speaker
 * search: of the gold attributions with a content, the share whose cue end the decoder finds (above its threshold),
 * and the share whose content it gets right (token Jaccard at least 0.5, within the sentence) when it decodes at the
 * gold cue. The trainer prints both for the articles it leaves out, so a change of the model can be judged before
 * the whole evaluation runs.
 */
final class AttributionDecoderCheck {

    private static final double SAME_CONTENT = 0.5;

    private int gold;
    private int cuesFound;
    private int contentsRight;

    /** Checks the decoder on one sentence with its gold attributions (token indices of the sentence). */
    void add(AttributionDecoder decoder, AttributionFeatures features, Collection<AttributionModelTraining.GoldAttribution> golds) {
        var found = decoder.decode(features);
        for (AttributionModelTraining.GoldAttribution attribution : golds) {
            if (attribution.contentFrom() < 0) {
                continue;
            }
            gold++;
            if (found.stream().anyMatch(candidate -> candidate.cueEnd() == attribution.cueEnd())) {
                cuesFound++;
            }
            Optional<AttributionDecoder.Attribution> atGoldCue = decoder.attributionEndingAt(features, attribution.cueEnd());
            if (atGoldCue.isPresent() && tokenJaccard(atGoldCue.get().contentFrom(), atGoldCue.get().contentEnd(),
                    attribution.contentFrom(), attribution.contentEnd()) >= SAME_CONTENT) {
                contentsRight++;
            }
        }
    }

    double cueRecall() {
        return gold == 0 ? 0 : cuesFound / (double) gold;
    }

    double contentAccuracy() {
        return gold == 0 ? 0 : contentsRight / (double) gold;
    }

    String summary() {
        return String.format("%d gold attributions with a content; cue end found %.3f; content at the gold cue right %.3f",
                gold, cueRecall(), contentAccuracy());
    }

    /** Jaccard of two token ranges, ends inclusive. */
    static double tokenJaccard(int from, int end, int otherFrom, int otherEnd) {
        int shared = Math.max(0, Math.min(end, otherEnd) - Math.max(from, otherFrom) + 1);
        int union = (end - from + 1) + (otherEnd - otherFrom + 1) - shared;
        return shared / (double) union;
    }
}
