package org.dictum.bench.maintext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseShareTest {

    private static final GoldPage PAGE = new GoldPage("p1", "Talks end", "the talks ended on monday", "",
            "nato rejects demands", "what a waste of time");

    @Test
    void tokens_explained_by_the_gold_body_are_not_noise_even_if_a_comment_repeats_them() {
        NoiseShare share = NoiseShare.of("the talks ended on monday", new GoldPage("p2", "", "the talks ended on monday",
                "", "", "the talks ended"));

        assertThat(share).isEqualTo(new NoiseShare(5, 0));
    }

    @Test
    void leftover_tokens_from_comments_or_related_content_count_as_noise() {
        NoiseShare share = NoiseShare.of("the talks ended on monday what a waste nato rejects demands cookies", PAGE);

        assertThat(share.extracted()).isEqualTo(12);
        assertThat(share.noise()).isEqualTo(6);
    }
}
