package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanIndexTest {

    @Test
    void finds_the_items_touching_a_stretch_also_a_long_one_starting_far_before() {
        SpanIndex<String> index = new SpanIndex<>();
        index.add(0, 1_000, "long");
        for (int i = 0; i < 100; i++) {
            index.add(2_000 + 10 * i, 2_005 + 10 * i, "short " + i);
        }
        index.add(500, 520, "inside");

        assertThat(index.touching(510, 515)).containsExactly("long", "inside");
        assertThat(index.touching(2_006, 2_009)).isEmpty();
        assertThat(index.touching(2_005, 2_010)).containsExactly("short 0", "short 1");
        assertThat(index.touching(1_000, 1_500)).containsExactly("long");
    }

    @Test
    void items_within_a_stretch_come_in_the_order_they_were_added() {
        SpanIndex<String> index = new SpanIndex<>();
        index.add(50, 60, "first added");
        index.add(10, 20, "second added");
        index.add(15, 80, "too long");

        assertThat(index.within(0, 70)).containsExactly("first added", "second added");
    }
}
