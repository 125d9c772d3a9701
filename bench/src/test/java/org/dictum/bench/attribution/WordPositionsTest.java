package org.dictum.bench.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPositionsTest {

    private static final String TEXT = "“We won,” she said. We won again.";
    private final WordPositions words = new WordPositions(TEXT);

    @Test
    void punctuation_and_quotation_marks_are_not_tokens() {
        assertThat(words.tokensIn(List.of(new CharSpan(0, 9))).cardinality()).isEqualTo(2);
    }

    @Test
    void equal_words_at_other_places_do_not_overlap() {
        BitSet first = words.tokensIn(List.of(new CharSpan(1, 7)));
        BitSet second = words.tokensIn(List.of(new CharSpan(TEXT.indexOf("We won again"), TEXT.length())));
        assertThat(WordPositions.jaccard(first, second)).isZero();
    }

    @Test
    void a_span_cutting_into_a_word_counts_the_word() {
        BitSet partial = words.tokensIn(List.of(new CharSpan(2, 5)));
        assertThat(partial.cardinality()).isEqualTo(2);
        assertThat(WordPositions.jaccard(partial, words.tokensIn(List.of(new CharSpan(1, 7))))).isEqualTo(1.0);
    }
}
