package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void wire_datelines_end_after_their_dash() {
        assertThat(rest("WASHINGTON (Reuters) - The United States said")).isEqualTo("The United States said");
        assertThat(rest("WASHINGTON, March 3 - The Treasury said")).isEqualTo("The Treasury said");
        assertThat(rest("KYIV, Ukraine — “We are ready,” he said")).isEqualTo("“We are ready,” he said");
        assertThat(rest("NEW YORK (AP) -- Stocks fell")).isEqualTo("Stocks fell");
    }

    @Test
    void sentences_without_a_dateline_stay_whole() {
        assertThat(rest("The minister said - and meant it - that")).isEqualTo("The minister said - and meant it - that");
        assertThat(rest("NATO said on Tuesday")).isEqualTo("NATO said on Tuesday");
        assertThat(rest("Washington - the city - said")).isEqualTo("Washington - the city - said");
    }

    private static String rest(String sentence) {
        return sentence.substring(Datelines.end(sentence, 0, sentence.length()));
    }
}
