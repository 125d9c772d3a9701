package org.dictum.domain.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.article.Article;
import org.dictum.domain.curation.Librarian;
import org.junit.jupiter.api.Test;

class StoryGroupingTest {

    private static final Instant MONDAY = Instant.parse("2022-01-10T08:00:00Z");

    private final FingerprintsInMemory copies = new FingerprintsInMemory();
    private final StoryGrouping grouping = new StoryGrouping(copies, SameStoryRule.DEFAULT);

    @Test
    void an_article_without_copies_is_its_own_origin() {
        Article alone = copies.store(1, WireStory.UNRELATED, MONDAY);

        StoryPlacement placement = grouping.place(alone);

        assertThat(placement.origin()).isSameAs(alone);
        assertThat(placement.copies()).isEqualTo(1);
        assertThat(alone.getStoryId()).isEqualTo(1L);
        assertThat(alone.isStoryOrigin()).isTrue();
    }

    @Test
    void copies_join_the_story_of_the_earliest_published() {
        Article wire = place(copies.store(1, WireStory.ORIGINAL, MONDAY));
        Article herald = place(copies.store(2, WireStory.EDITED, MONDAY.plusSeconds(3600)));
        Article trimmed = place(copies.store(3, WireStory.TRIMMED, MONDAY.plusSeconds(7200)));
        Article council = place(copies.store(4, WireStory.UNRELATED, MONDAY));

        assertThat(List.of(wire, herald, trimmed)).allSatisfy(copy -> assertThat(copy.getStoryId()).isEqualTo(1L));
        assertThat(wire.isStoryOrigin()).isTrue();
        assertThat(herald.isStoryOrigin()).isFalse();
        assertThat(council.getStoryId()).isEqualTo(4L);
    }

    @Test
    void a_copy_archived_later_but_published_earlier_becomes_the_origin() {
        Article herald = place(copies.store(1, WireStory.EDITED, MONDAY.plusSeconds(3600)));
        Article trimmed = place(copies.store(2, WireStory.TRIMMED, MONDAY.plusSeconds(7200)));

        StoryPlacement placement = grouping.place(copies.store(3, WireStory.ORIGINAL, MONDAY));

        assertThat(placement.origin().getId()).isEqualTo(3L);
        assertThat(placement.copies()).isEqualTo(3);
        assertThat(placement.changed()).extracting(Article::getId).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(herald.getStoryId()).isEqualTo(3L);
        assertThat(trimmed.getStoryId()).isEqualTo(3L);
    }

    @Test
    void a_copy_resembling_two_stories_joins_them() {
        String firstHalf = WireStory.LEAD + " " + WireStory.BODY;
        String secondHalf = WireStory.BODY + " " + WireStory.TAIL + " " + WireStory.UNRELATED;
        Article a = place(copies.store(1, firstHalf, MONDAY.plusSeconds(60)));
        Article b = place(copies.store(2, WireStory.UNRELATED + " " + WireStory.TAIL, MONDAY.plusSeconds(120)));
        assertThat(a.getStoryId()).isNotEqualTo(b.getStoryId());

        place(copies.store(3, secondHalf, MONDAY.plusSeconds(180)));

        assertThat(a.getStoryId()).isEqualTo(1L);
        assertThat(b.getStoryId()).isEqualTo(1L);
    }

    @Test
    void articles_without_a_publication_time_come_after_dated_ones() {
        Article undated = place(copies.store(1, WireStory.ORIGINAL, null));
        Article dated = place(copies.store(2, WireStory.EDITED, MONDAY));

        assertThat(dated.isStoryOrigin()).isTrue();
        assertThat(undated.getStoryId()).isEqualTo(2L);
    }

    @Test
    void withdrawing_the_origin_hands_the_story_to_the_next_copy_and_restoring_it_back() {
        Article wire = place(copies.store(1, WireStory.ORIGINAL, MONDAY));
        Article herald = place(copies.store(2, WireStory.EDITED, MONDAY.plusSeconds(3600)));

        wire.withdraw(new Librarian("ana"), "Published in error", MONDAY.plusSeconds(9000));
        grouping.reconsider(1L);
        assertThat(herald.isStoryOrigin()).isTrue();
        assertThat(wire.getStoryId()).isEqualTo(2L);

        wire.restore(new Librarian("ana"));
        StoryPlacement back = grouping.reconsider(2L);
        assertThat(back.origin()).isSameAs(wire);
        assertThat(herald.getStoryId()).isEqualTo(1L);
    }

    @Test
    void short_texts_are_never_grouped() {
        Article one = place(copies.store(1, "Talks will resume next month, officials said on Monday.", MONDAY));
        Article two = place(copies.store(2, "Talks will resume next month, officials said on Monday.", MONDAY));

        assertThat(one.getStoryId()).isEqualTo(1L);
        assertThat(two.getStoryId()).isEqualTo(2L);
    }

    private Article place(Article article) {
        grouping.place(article);
        return article;
    }

    /** Band-key lookup over a map, as the database does it with an index. */
    private static final class FingerprintsInMemory implements StoryCopies {

        private final Map<Long, Article> articles = new HashMap<>();
        private final Map<Long, MinHashSignature> signatures = new HashMap<>();

        Article store(long id, String text, Instant published) {
            Article article = WireStory.stored(id, text, published, MONDAY.plusSeconds(86_400 + id));
            articles.put(id, article);
            return article;
        }

        @Override
        public void remember(Article article, MinHashSignature signature) {
            signatures.put(article.getId(), signature);
        }

        @Override
        public List<Fingerprint> sharingABand(long[] bandKeys, long exceptArticleId, int limit) {
            List<Fingerprint> found = new ArrayList<>();
            signatures.forEach((id, signature) -> {
                if (id != exceptArticleId && Arrays.stream(signature.bandKeys()).anyMatch(
                        key -> Arrays.stream(bandKeys).anyMatch(wanted -> wanted == key))) {
                    found.add(new Fingerprint(id, articles.get(id).getStoryId(), signature));
                }
            });
            return found.stream().limit(limit).toList();
        }

        @Override
        public List<Article> members(long storyId) {
            return articles.values().stream().filter(article -> article.getStoryId() == storyId).toList();
        }

        @Override
        public Map<Long, Long> copiesPerStory(Collection<Long> storyIds) {
            Map<Long, Long> copies = new HashMap<>();
            articles.values().stream().filter(article -> storyIds.contains(article.getStoryId()))
                    .forEach(article -> copies.merge(article.getStoryId(), 1L, Long::sum));
            return copies;
        }
    }
}
