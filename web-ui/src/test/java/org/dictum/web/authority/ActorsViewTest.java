package org.dictum.web.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the Actors page says above its table of at most {@value ActorsView#PAGE_SIZE} actors. */
class ActorsViewTest {

    @Test
    void a_whole_list_is_counted_in_words() {
        assertThat(ActorsView.listed(0, 0)).isEqualTo("0 actors");
        assertThat(ActorsView.listed(1, 1)).isEqualTo("1 actor");
        assertThat(ActorsView.listed(12, 12)).isEqualTo("12 actors");
    }

    @Test
    void a_list_cut_at_the_page_size_says_how_many_it_leaves_out_and_how_to_find_them() {
        assertThat(ActorsView.listed(ActorsView.PAGE_SIZE, 123))
                .isEqualTo("The first " + ActorsView.PAGE_SIZE + " of 123 actors: narrow the search to list the others.");
    }
}
