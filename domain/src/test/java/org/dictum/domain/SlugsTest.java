package org.dictum.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void a_name_becomes_lower_case_ascii_words_joined_by_hyphens() {
        assertThat(Slugs.of("The Independent", "source")).isEqualTo("the-independent");
        assertThat(Slugs.of("  Agence France-Presse (AFP) ", "source")).isEqualTo("agence-france-presse-afp");
        assertThat(Slugs.of("Süddeutsche Zeitung & Co.", "source")).isEqualTo("suddeutsche-zeitung-and-co");
        assertThat(Slugs.of("—", "source")).isEqualTo("source");
    }

    @Test
    void a_cut_slug_and_a_suffixed_one_fit_the_length_and_never_end_in_a_hyphen() {
        assertThat(Slugs.of("abcd efgh", "x", 5)).isEqualTo("abcd");
        assertThat(Slugs.withSuffix("abcd-efgh", 12, 8)).isEqualTo("abcd-12");
        assertThat(Slugs.withSuffix("talks", 2, 100)).isEqualTo("talks-2");
    }

    @Test
    void only_lower_case_words_joined_by_single_hyphens_within_the_length_are_slugs() {
        assertThat(Slugs.isSlug("ukraine-talks-2022", 100)).isTrue();
        assertThat(Slugs.isSlug("ukraine--talks", 100)).isFalse();
        assertThat(Slugs.isSlug("Ukraine", 100)).isFalse();
        assertThat(Slugs.isSlug("-talks", 100)).isFalse();
        assertThat(Slugs.isSlug("talks", 4)).isFalse();
        assertThat(Slugs.isSlug(null, 100)).isFalse();
    }
}
