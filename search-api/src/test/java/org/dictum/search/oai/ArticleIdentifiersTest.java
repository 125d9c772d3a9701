package org.dictum.search.oai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdentifiersTest {

    private final ArticleIdentifiers identifiers = new ArticleIdentifiers("dictum.local");

    @Test
    void identifiers_round_trip_and_foreign_ones_name_no_article() {
        assertThat(identifiers.of(42)).isEqualTo("oai:dictum.local:article/42");
        assertThat(identifiers.articleId("oai:dictum.local:article/42")).hasValue(42);
        assertThat(identifiers.articleId("oai:other.org:article/42")).isEmpty();
        assertThat(identifiers.articleId("oai:dictum.local:article/")).isEmpty();
        assertThat(identifiers.articleId("oai:dictum.local:article/4x")).isEmpty();
        assertThat(identifiers.articleId("oai:dictum.local:article/99999999999999999999")).isEmpty();
    }

    @Test
    void descriptions_are_cut_at_a_word_and_control_characters_dropped() {
        String text = "word ".repeat(100);
        assertThat(ArticleRecords.excerpt(text).get(0)).endsWith("word …").hasSizeLessThanOrEqualTo(ArticleRecords.DESCRIPTION_LENGTH + 2);
        assertThat(ArticleRecords.excerpt("  short\n text ")).containsExactly("short text");
        assertThat(XmlText.of("a\u0001b\u0000c\td")).isEqualTo("abc\td");
    }
}
