package org.dictum.domain.topic.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.dictum.domain.topic.InMemoryTopicRepository;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.skos.StarterTaxonomy;
import org.dictum.domain.topic.skos.TaxonomyImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tagging with the bundled starter taxonomy's rules. */
class TaxonomyTaggingTest {

    private final InMemoryTopicRepository topics = new InMemoryTopicRepository();
    private final TaxonomyRuleTagger tagger = new TaxonomyRuleTagger(topics);

    @BeforeEach
    void loadStarterTaxonomy() throws IOException {
        new TaxonomyImport(topics).apply(StarterTaxonomy.scheme());
    }

    @Test
    void the_seed_article_is_about_military_exercises_arms_control_and_talks() throws IOException {
        Set<String> labels = tagger.tag(resource("/fixtures/seed/us-russia-talks-independent.txt"));

        assertThat(labels).contains("Military exercises", "Arms control", "Summits & negotiations")
                .doesNotContain("Crude oil", "Grain", "Corporate earnings", "Elections");
    }

    @Test
    void a_grain_export_story_gets_the_grain_topics() {
        String story = "U.S. wheat and corn exports rise\n\nThe U.S. Agriculture Department said wheat export sales "
                + "rose to 500,000 tonnes and corn sales to 700,000 tonnes in the week, with maize shipments to Japan.";

        assertThat(tagger.tag(story)).contains("Wheat", "Corn").doesNotContain("Politics");
    }

    @Test
    void a_librarians_new_match_term_applies_to_the_next_text() {
        String text = "Fracking boom continues. Fracking licences were granted again.";
        assertThat(tagger.tag(text)).doesNotContain("Natural gas");

        topics.findByLabel("Natural gas").orElseThrow().addMatchTerm("fracking");

        assertThat(tagger.tag(text)).contains("Natural gas");
    }

    @Test
    void alternative_labels_count_as_match_terms() {
        Topic corn = topics.findByLabel("Corn").orElseThrow();

        assertThat(corn.getAltLabels()).contains("Maize");
        assertThat(tagger.tag("Maize harvest begins")).contains("Corn");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TaxonomyTaggingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
