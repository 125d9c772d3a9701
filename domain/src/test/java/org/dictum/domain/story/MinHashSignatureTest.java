package org.dictum.domain.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    private final MinHashSignature original = MinHashSignature.of(WireStory.ORIGINAL);

    @Test
    void identical_texts_agree_everywhere() {
        assertThat(original.jaccard(MinHashSignature.of(WireStory.ORIGINAL))).isEqualTo(1.0);
    }

    @Test
    void case_punctuation_layout_and_accents_do_not_matter() {
        String restyled = WireStory.ORIGINAL.toUpperCase().replace(",", " ;").replace("\n\n", "\n   ")
                .replace("Geneva", "Genèva").replace("Genèva", "GENÈVA");
        MinHashSignature folded = MinHashSignature.of(restyled.replace("GENÈVA", "Geneva"));
        assertThat(original.jaccard(folded)).isEqualTo(1.0);
        assertThat(MinHashSignature.of("Genève talks resume on Monday after six hours in the old town")
                .jaccard(MinHashSignature.of("GENEVE talks resume on monday, after six hours in the old town."))).isEqualTo(1.0);
    }

    @Test
    void an_edited_copy_is_similar_and_an_unrelated_text_is_not() {
        assertThat(original.jaccard(MinHashSignature.of(WireStory.EDITED))).isBetween(0.55, 0.95);
        assertThat(original.jaccard(MinHashSignature.of(WireStory.UNRELATED))).isLessThan(0.05);
    }

    @Test
    void a_trimmed_copy_is_contained_though_its_jaccard_is_low() {
        MinHashSignature trimmed = MinHashSignature.of(WireStory.TRIMMED);
        assertThat(original.jaccard(trimmed)).isLessThan(0.6);
        assertThat(original.containment(trimmed)).isGreaterThan(0.8);
        assertThat(original.containment(MinHashSignature.of(WireStory.UNRELATED))).isLessThan(0.1);
    }

    @Test
    void texts_shorter_than_a_shingle_have_no_band_keys_and_resemble_nothing() {
        MinHashSignature tiny = MinHashSignature.of("Talks resume.");
        assertThat(tiny.distinctShingles()).isZero();
        assertThat(tiny.bandKeys()).isEmpty();
        assertThat(tiny.jaccard(MinHashSignature.of("Talks resume."))).isZero();
    }

    @Test
    void copies_share_band_keys_and_unrelated_texts_do_not() {
        assertThat(original.bandKeys()).hasSize(MinHashSignature.BANDS);
        assertThat(original.bandKeys()).containsAnyOf(MinHashSignature.of(WireStory.EDITED).bandKeys());
        assertThat(original.bandKeys()).doesNotContain(MinHashSignature.of(WireStory.UNRELATED).bandKeys());
    }

    @Test
    void bytes_round_trip() {
        MinHashSignature read = MinHashSignature.fromBytes(original.toBytes(), original.distinctShingles());
        assertThat(read.jaccard(original)).isEqualTo(1.0);
        assertThat(read.bandKeys()).containsExactly(original.bandKeys());
        assertThatThrownBy(() -> MinHashSignature.fromBytes(new byte[3], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("512");
    }

    @Test
    void repeated_shingles_count_once() {
        String twice = WireStory.LEAD + " " + WireStory.LEAD;
        assertThat(MinHashSignature.of(twice).distinctShingles())
                .isLessThan(2 * MinHashSignature.of(WireStory.LEAD).distinctShingles());
    }
}
