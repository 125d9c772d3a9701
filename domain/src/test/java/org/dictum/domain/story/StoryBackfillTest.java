package org.dictum.domain.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.article.Article;
import org.junit.jupiter.api.Test;

class StoryBackfillTest {

    private static final Instant MONDAY = Instant.parse("2022-01-10T08:00:00Z");

    private final FingerprintsInMemory copies = new FingerprintsInMemory();
    private final StoryGrouping grouping = new StoryGrouping(copies, SameStoryRule.DEFAULT);
    private final StoryBackfill backfill = new StoryBackfill(copies, grouping);

    @Test
    void an_archive_from_before_stories_is_grouped_in_id_order_in_bounded_batches() {
        Article herald = copies.store(1, WireStory.EDITED, MONDAY.plusSeconds(3600));
        Article council = copies.store(2, WireStory.UNRELATED, MONDAY);
        Article wire = copies.store(3, WireStory.ORIGINAL, MONDAY);
        Article trimmed = copies.store(4, WireStory.TRIMMED, MONDAY.plusSeconds(7200));

        StoryBackfill.Batch first = backfill.groupNext(0, 2);
        assertThat(first.lastId()).isEqualTo(2);
        assertThat(first.grouped()).isEqualTo(2);
        assertThat(first.inStories()).isZero();
        assertThat(copies.countWithoutFingerprint()).isEqualTo(2);

        StoryBackfill.Batch second = backfill.groupNext(first.lastId(), 2);
        assertThat(second.lastId()).isEqualTo(4);
        assertThat(second.grouped()).isEqualTo(2);
        assertThat(second.inStories()).isEqualTo(2);
        assertThat(second.changed()).as("the herald, the wire (new origin) and the trimmed copy").isEqualTo(3);

        assertThat(backfill.groupNext(second.lastId(), 2).isEmpty()).isTrue();
        assertThat(copies.countWithoutFingerprint()).isZero();
        assertThat(List.of(herald, wire, trimmed)).allSatisfy(copy -> assertThat(copy.getStoryId()).isEqualTo(3L));
        assertThat(wire.isStoryOrigin()).isTrue();
        assertThat(council.getStoryId()).isEqualTo(2L);
    }

    @Test
    void articles_that_have_a_fingerprint_are_left_alone_but_found_as_copies() {
        Article wire = copies.store(1, WireStory.ORIGINAL, MONDAY);
        grouping.place(wire);
        Article herald = copies.store(2, WireStory.EDITED, MONDAY.plusSeconds(3600));

        StoryBackfill.Batch batch = backfill.groupNext(0, 200);

        assertThat(batch.grouped()).isEqualTo(1);
        assertThat(batch.lastId()).isEqualTo(2);
        assertThat(herald.getStoryId()).isEqualTo(1L);
        assertThat(copies.fingerprinted(2)).isTrue();
    }

    @Test
    void an_empty_batch_keeps_the_position() {
        StoryBackfill.Batch batch = backfill.groupNext(41, 200);

        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.lastId()).isEqualTo(41);
        assertThatThrownBy(() -> backfill.groupNext(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
