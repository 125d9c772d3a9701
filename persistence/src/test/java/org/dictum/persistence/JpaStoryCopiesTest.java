package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.story.MinHashSignature;
import org.dictum.domain.story.SameStoryRule;
import org.dictum.domain.story.StoryFingerprint;
import org.dictum.domain.story.StoryGrouping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Story fingerprints against the migrated schema, and grouping through the band-key index. */
class JpaStoryCopiesTest {

    private static final String STORY = "Negotiators from both countries met for six hours in Geneva on Monday and "
            + "agreed to resume talks on arms control next month, officials said. The meeting was the first of "
            + "its kind since the treaty lapsed two years ago. A senior official described the atmosphere as "
            + "businesslike but tense, and said neither side had moved on the question of inspections. Delegates "
            + "exchanged written proposals on verification, data sharing and the notification of missile tests.";
    private static final String OTHER = "The city council voted on Tuesday to extend the opening hours of public "
            + "libraries, after a campaign by parents and students who said the reading rooms were too crowded in "
            + "the evenings. The measure will cost about two million a year and takes effect in September.";
    private static final Instant MONDAY = Instant.parse("2022-01-10T08:00:00Z");

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("stories");
    private EntityManager em;
    private final JpaStoryCopies copies = new JpaStoryCopies();
    private StoryGrouping grouping;

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        copies.em = em;
        grouping = new StoryGrouping(copies, SameStoryRule.DEFAULT);
    }

    @Test
    void copies_are_found_by_band_key_and_grouped_under_the_earliest() {
        Article herald = stored("GENEVA (Herald) - " + STORY, MONDAY.plusSeconds(3600));
        Article council = stored(OTHER, MONDAY);
        grouping.place(herald);
        grouping.place(council);

        Article wire = stored(STORY, MONDAY);
        grouping.place(wire);
        em.flush();
        em.clear();

        assertThat(copies.members(wire.getId())).extracting(Article::getId)
                .containsExactlyInAnyOrder(wire.getId(), herald.getId());
        assertThat(copies.members(council.getId())).extracting(Article::getId).containsExactly(council.getId());
        assertThat(copies.members(herald.getId())).as("a copy is no story of its own").isEmpty();
        assertThat(em.find(Article.class, herald.getId()).isStoryOrigin()).isFalse();
        assertThat(em.find(Article.class, herald.getId()).getVersion())
                .as("joining a story is no edit: librarians editing a copy get no conflict").isZero();
        assertThat(em.find(StoryFingerprint.class, wire.getId()).signature().jaccard(MinHashSignature.of(STORY))).isEqualTo(1.0);
    }

    @Test
    void band_lookup_skips_the_article_itself_and_respects_the_limit() {
        Article one = stored(STORY, MONDAY);
        Article two = stored(STORY + " Reuters contributed.", MONDAY.plusSeconds(60));
        copies.remember(one, MinHashSignature.of(one.getMainText()));
        copies.remember(two, MinHashSignature.of(two.getMainText()));
        long[] keys = MinHashSignature.of(STORY).bandKeys();

        assertThat(copies.sharingABand(keys, one.getId(), 10)).extracting(f -> f.articleId()).containsExactly(two.getId());
        assertThat(copies.sharingABand(keys, -1, 1)).hasSize(1);
        assertThat(copies.sharingABand(new long[0], -1, 10)).isEmpty();
    }

    @Test
    void an_ungrouped_article_is_its_own_story() {
        Article alone = stored(OTHER, MONDAY);
        em.flush();

        assertThat(alone.getStoryId()).isEqualTo(alone.getId());
        assertThat(copies.members(alone.getId())).containsExactly(alone);
    }

    @Test
    void articles_without_fingerprint_come_in_id_order_after_the_given_id() {
        Article first = stored(STORY, MONDAY);
        Article grouped = stored(OTHER, MONDAY);
        Article third = stored("GENEVA (Herald) - " + STORY, MONDAY.plusSeconds(3600));
        grouping.place(grouped);
        em.flush();

        assertThat(copies.countWithoutFingerprint()).isEqualTo(2);
        assertThat(copies.withoutFingerprint(0, 10)).containsExactly(first, third);
        assertThat(copies.withoutFingerprint(first.getId(), 10)).containsExactly(third);
        assertThat(copies.withoutFingerprint(0, 1)).containsExactly(first);
    }

    @Test
    void record_batches_walk_a_table_by_id_and_tell_which_ids_exist() {
        JpaRecordBatches batches = new JpaRecordBatches();
        batches.em = em;
        Article one = stored(STORY, MONDAY);
        Article two = stored(OTHER, MONDAY);
        Article three = stored("GENEVA (Herald) - " + STORY, MONDAY);
        em.flush();

        assertThat(batches.count(Article.class)).isEqualTo(3);
        assertThat(batches.after(Article.class, 0, 2)).extracting(Article::getId).containsExactly(one.getId(), two.getId());
        assertThat(batches.after(Article.class, two.getId(), 2)).extracting(Article::getId).containsExactly(three.getId());
        assertThat(batches.after(Article.class, three.getId(), 2)).isEmpty();
        assertThat(batches.existing(Article.class, java.util.List.of(one.getId(), three.getId() + 1000)))
                .containsExactly(one.getId());
        assertThat(batches.existing(Article.class, java.util.List.of())).isEmpty();
    }

    @Test
    void record_batches_load_the_named_associations_with_the_batch() {
        JpaRecordBatches batches = new JpaRecordBatches();
        batches.em = em;
        Actor nato = new Actor("NATO", ActorType.ORGANIZATION);
        Actor russia = new Actor("Russia", ActorType.COUNTRY);
        em.persist(nato);
        em.persist(russia);
        Article one = stored(STORY, MONDAY).naming(List.of(nato, russia));
        Article two = stored(OTHER, MONDAY).naming(List.of(nato));
        em.flush();
        em.clear();

        List<Article> batch = batches.after(Article.class, 0, 10, List.of("actors", "statements.speaker"));

        assertThat(batch).extracting(Article::getId).as("no record twice for its two actors").containsExactly(one.getId(), two.getId());
        PersistenceUnitUtil loaded = em.getEntityManagerFactory().getPersistenceUnitUtil();
        assertThat(batch).allSatisfy(article -> {
            assertThat(loaded.isLoaded(article, "actors")).isTrue();
            assertThat(loaded.isLoaded(article, "statements")).isTrue();
            assertThat(loaded.isLoaded(article, "topics")).as("not asked for").isFalse();
        });
        assertThat(batch.get(0).getActors()).extracting(Actor::getCanonicalName).containsExactlyInAnyOrder("NATO", "Russia");
        assertThatThrownBy(() -> batches.after(Article.class, 0, 10, List.of("nonsense")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Article stored(String text, Instant published) {
        Article article = new Article(text, ContentType.TEXT_PLAIN, text, MONDAY.plusSeconds(86_400))
                .publishedBy(null, published == null ? null : published.atOffset(ZoneOffset.UTC), "en");
        em.persist(article);
        return article;
    }
}
