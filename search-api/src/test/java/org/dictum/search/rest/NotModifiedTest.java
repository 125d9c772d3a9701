package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotModifiedTest {

    /** The current ETag {@code "3"} (or {@code W/"3"}), as the filter hands it over: its opaque part. */
    private static final String CURRENT = "3";

    @Test
    void the_current_tag_or_a_star_matches() {
        assertThat(NotModified.matches("\"3\"", CURRENT)).isTrue();
        assertThat(NotModified.matches(" * ", CURRENT)).isTrue();
        assertThat(NotModified.matches("\"1\", \"2\",\"3\"", CURRENT)).isTrue();
    }

    @Test
    void if_none_match_compares_weakly() {
        assertThat(NotModified.matches("W/\"3\"", CURRENT)).isTrue();
        assertThat(NotModified.matches("\"1\", W/\"3\"", CURRENT)).isTrue();
    }

    @Test
    void other_tags_and_malformed_lists_do_not_match() {
        assertThat(NotModified.matches("\"33\", W/\"4\"", CURRENT)).isFalse();
        assertThat(NotModified.matches("3", CURRENT)).isFalse();
        assertThat(NotModified.matches("\"3", CURRENT)).isFalse();
        assertThat(NotModified.matches("\"4\", 3", CURRENT)).isFalse();
        assertThat(NotModified.matches("", CURRENT)).isFalse();
    }

    @Test
    void a_list_is_read_tag_by_tag() {
        assertThat(NotModified.opaqueTags("\"a,b\", W/\"c\"")).containsExactly("a,b", "c");
    }
}
