package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AttributionDecoderCheckTest {

    /** A hand-set model: only "claimed" ends a cue; its content follows, starts past "that" and ends at the period. */
    private static final ToDoubleFunction<List<String>> SCORER = features -> {
        double score = 0;
        for (String feature : features) {
            score += switch (feature) {
                case "c:w=claimed" -> 5;
                case "c:bias" -> -1;
                case "d:w=claimed" -> 1;
                case "s:w=that" -> -1;
                case "e:next=." -> 2;
                default -> 0;
            };
        }
        return score;
    };
    private static final AttributionDecoder DECODER = new AttributionDecoder(SCORER, 0);
    /** Tokens: Smith(0) claimed(1) that(2) the(3) vote(4) was(5) rigged(6) .(7) */
    private static final String SENTENCE = "Smith claimed that the vote was rigged.";

    @Test
    void a_found_cue_with_the_gold_content_counts_for_both_figures() {
        AttributionDecoderCheck check = new AttributionDecoderCheck();

        check.add(DECODER, features(SENTENCE), List.of(new AttributionModelTraining.GoldAttribution(1, 1, 3, 6)));

        assertThat(check.cueRecall()).isEqualTo(1.0);
        assertThat(check.contentAccuracy()).isEqualTo(1.0);
    }

    @Test
    void a_content_sharing_less_than_half_of_its_tokens_is_wrong_though_the_cue_is_found() {
        AttributionDecoderCheck check = new AttributionDecoderCheck();

        check.add(DECODER, features(SENTENCE), List.of(new AttributionModelTraining.GoldAttribution(1, 1, 2, 3)));

        assertThat(check.cueRecall()).isEqualTo(1.0);
        assertThat(check.contentAccuracy()).isEqualTo(0.0);
    }

    @Test
    void a_cue_below_the_threshold_is_missed_but_its_content_is_still_judged_at_the_gold_cue() {
        AttributionDecoderCheck check = new AttributionDecoderCheck();

        check.add(DECODER, features(SENTENCE), List.of(
                new AttributionModelTraining.GoldAttribution(1, 1, 3, 6),
                new AttributionModelTraining.GoldAttribution(5, 5, 6, 6)));

        assertThat(check.cueRecall()).isEqualTo(0.5);
        assertThat(check.summary()).startsWith("2 gold attributions with a content; cue end found 0.500");
    }

    @Test
    void gold_attributions_without_a_content_in_the_sentence_are_not_counted() {
        AttributionDecoderCheck check = new AttributionDecoderCheck();

        check.add(DECODER, features(SENTENCE), List.of(new AttributionModelTraining.GoldAttribution(1, 1, -1, -1)));

        assertThat(check.summary()).startsWith("0 gold attributions");
    }

    @Test
    void token_jaccard_counts_inclusive_ends() {
        assertThat(AttributionDecoderCheck.tokenJaccard(3, 6, 3, 6)).isEqualTo(1.0);
        assertThat(AttributionDecoderCheck.tokenJaccard(3, 6, 5, 8)).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(AttributionDecoderCheck.tokenJaccard(0, 1, 2, 3)).isEqualTo(0.0);
    }

    private static AttributionFeatures features(String sentence) {
        List<Token> tokens = Tokenizer.english().tokens(sentence, 0, sentence.length());
        return new AttributionFeatures(tokens, new boolean[tokens.size()], CueLexicon.english());
    }
}
