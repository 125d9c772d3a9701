package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AttributionDecoderTest {

    private static final Tokenizer TOKENIZER = Tokenizer.english();

    /** A hand-set model: "claimed" and "found" end cues; one-word cues; content after "claimed", before "found"; clauses end at the period. */
    private static final ToDoubleFunction<List<String>> SCORER = features -> {
        double score = 0;
        for (String feature : features) {
            score += switch (feature) {
                case "c:w=claimed", "c:w=found" -> 5;
                case "c:bias" -> -1;
                case "d:w=claimed" -> 1;
                case "d:w=found" -> -1;
                case "s:w=that" -> -1;
                case "e:next=.", "l:next=," -> 2;
                case "t:prev=<s>", "b:len=0" -> 1;
                default -> 0;
            };
        }
        return score;
    };

    @Test
    void content_after_the_cue_starts_past_that_and_ends_at_the_period() {
        List<AttributionDecoder.Attribution> found = decode("Smith claimed that the vote was rigged.");

        assertThat(found).containsExactly(new AttributionDecoder.Attribution(1, 1, true, 3, 6));
    }

    @Test
    void content_before_the_cue_runs_from_the_sentence_start_to_the_comma() {
        List<AttributionDecoder.Attribution> found = decode("Most voters want change, the poll found.");

        assertThat(found).containsExactly(new AttributionDecoder.Attribution(7, 7, false, 0, 3));
    }

    @Test
    void no_cue_scores_above_the_threshold_gives_nothing() {
        assertThat(decode("The table was set for dinner.")).isEmpty();
    }

    private static List<AttributionDecoder.Attribution> decode(String sentence) {
        List<Token> tokens = TOKENIZER.tokens(sentence, 0, sentence.length());
        AttributionFeatures features = new AttributionFeatures(tokens, new boolean[tokens.size()], CueLexicon.english());
        return new AttributionDecoder(SCORER, 0).decode(features);
    }
}
