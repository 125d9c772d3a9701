package org.dictum.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class PageLinkTest {

    @Test
    void an_offset_page_links_next_while_more_follow_and_prev_and_first_after_the_first() {
        assertThat(PageLink.byOffset(0, 20, 45)).extracting(PageLink::rel, l -> l.parameters().get("offset"))
                .containsExactly(tuple("next", "20"));
        assertThat(PageLink.byOffset(30, 20, 45)).extracting(PageLink::rel, l -> l.parameters().get("offset"))
                .containsExactly(tuple("prev", "10"), tuple("first", "0"));
        assertThat(PageLink.byOffset(5, 20, 45)).extracting(PageLink::rel, l -> l.parameters().get("offset"))
                .containsExactly(tuple("next", "25"), tuple("prev", "0"), tuple("first", "0"));
        assertThat(PageLink.byOffset(0, 20, 20)).isEmpty();
    }

    @Test
    void a_numbered_page_of_size_0_links_no_next() {
        assertThat(PageLink.byNumber(1, 0, 100)).isEmpty();
    }
}
