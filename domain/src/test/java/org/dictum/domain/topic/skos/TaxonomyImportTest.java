package org.dictum.domain.topic.skos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.dictum.domain.ConflictException;
import org.dictum.domain.topic.InMemoryTopicRepository;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyImportTest {

    private static final String PREFIXES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dictum: <urn:dictum:vocab:> .
            @prefix topic: <urn:dictum:topic:> .
            """;

    private final InMemoryTopicRepository topics = new InMemoryTopicRepository();
    private final SkosTurtleReader reader = new SkosTurtleReader();

    private TaxonomyImport.Summary importTurtle(String turtle) {
        return new TaxonomyImport(topics).apply(reader.read(turtle));
    }

    private Topic topic(String code) {
        return topics.findByCode(new TopicCode(code)).orElseThrow();
    }

    @Test
    void the_starter_taxonomy_fills_an_empty_archive_with_its_tree() {
        TaxonomyImport.Summary summary = importTurtle(StarterTaxonomy.turtle());

        assertThat(summary.created()).isEqualTo(topics.topics.size()).isBetween(40, 80);
        assertThat(summary.warnings()).isEmpty();
        Topic exercises = topic("military-exercises");
        assertThat(exercises.getLabel()).isEqualTo("Military exercises");
        assertThat(exercises.getParent().map(Topic::getLabel)).contains("Security & Defence");
        assertThat(exercises.getParent().flatMap(Topic::getParent).map(Topic::getLabel)).contains("Politics");
        assertThat(exercises.getAltLabels()).contains("War games");
        assertThat(exercises.getMatchTerms()).contains("joint exercise");
        assertThat(exercises.getScopeNote()).isPresent();
    }

    @Test
    void importing_again_after_edits_updates_the_same_topics_instead_of_adding_new_ones() {
        importTurtle(PREFIXES + """
                topic:oil a skos:Concept ; skos:prefLabel "Oil"@en ; skos:altLabel "Petroleum"@en, "Crude"@en ;
                    dictum:matchTerm "barrel"@en .
                topic:energy a skos:Concept ; skos:prefLabel "Energy"@en .
                """);
        Topic oil = topic("oil");

        TaxonomyImport.Summary again = importTurtle(PREFIXES + """
                topic:oil a skos:Concept ; skos:prefLabel "Crude oil"@en, "Rohöl"@de ; skos:altLabel "Crude"@en ;
                    skos:broader topic:energy ; skos:scopeNote "Crude, not refined products."@en ;
                    dictum:matchTerm "opec"@en .
                topic:energy a skos:Concept ; skos:prefLabel "Energy"@en .
                """);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(topics.topics).hasSize(2);
        assertThat(topic("oil")).isSameAs(oil);
        assertThat(oil.getLabel()).isEqualTo("Crude oil");
        assertThat(oil.getAltLabels()).containsExactlyInAnyOrder("Crude", "Rohöl");
        assertThat(oil.getMatchTerms()).containsExactly("opec");
        assertThat(oil.getParent().map(Topic::getLabel)).contains("Energy");
        assertThat(oil.getScopeNote()).contains("Crude, not refined products.");
    }

    @Test
    void a_reorganised_hierarchy_is_not_mistaken_for_a_cycle() {
        importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "A"@en ; skos:broader topic:b .
                topic:b a skos:Concept ; skos:prefLabel "B"@en .
                """);

        importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "A"@en .
                topic:b a skos:Concept ; skos:prefLabel "B"@en ; skos:broader topic:a .
                """);

        assertThat(topic("b").getParent()).contains(topic("a"));
        assertThat(topic("a").getParent()).isEmpty();
    }

    @Test
    void a_cycle_of_broader_concepts_is_refused() {
        assertThatThrownBy(() -> importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "A"@en ; skos:broader topic:c .
                topic:b a skos:Concept ; skos:prefLabel "B"@en ; skos:broader topic:a .
                topic:c a skos:Concept ; skos:prefLabel "C"@en ; skos:broader topic:b .
                """)).isInstanceOf(SkosFormatException.class).hasMessageContaining("cycle");
    }

    @Test
    void a_broader_concept_missing_from_the_file_is_refused() {
        assertThatThrownBy(() -> importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "A"@en ; skos:broader topic:elsewhere .
                """)).isInstanceOf(SkosFormatException.class).hasMessageContaining("not a concept of the file");
    }

    @Test
    void a_concept_whose_label_belongs_to_a_topic_the_file_does_not_mention_is_refused_and_that_topic_kept() {
        Topic politics = topics.save(new Topic("Politics"));
        Topic government = governmentUnder(politics);

        assertThatThrownBy(() -> importTurtle(PREFIXES + "topic:dup1 a skos:Concept ; skos:prefLabel \"Government\"@en ."))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("<urn:dictum:topic:dup1>").hasMessageContaining("skos:prefLabel")
                .hasMessageContaining("'Government' belongs to topic").hasMessageContaining("code government");

        assertThat(topics.topics).containsExactly(politics, government);
        assertGovernmentUnchanged(government, politics);
    }

    @Test
    void a_concept_whose_label_differs_only_in_case_from_a_topics_is_refused_like_a_new_topic_would_be() {
        Topic politics = topics.save(new Topic("Politics"));
        Topic government = governmentUnder(politics);

        assertThatThrownBy(() -> importTurtle(PREFIXES + "topic:shouting a skos:Concept ; skos:prefLabel \"GOVERNMENT\"@en ."))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("<urn:dictum:topic:shouting>").hasMessageContaining("differs only in case")
                .hasMessageContaining("'Government', code government");

        assertThat(topics.topics).containsExactly(politics, government);
        assertGovernmentUnchanged(government, politics);
    }

    @Test
    void a_topic_of_the_file_may_change_its_label_in_case_only() {
        Topic government = topics.save(new Topic("Government"));

        importTurtle(PREFIXES + "topic:government a skos:Concept ; skos:prefLabel \"GOVERNMENT\"@en .");

        assertThat(government.getLabel()).isEqualTo("GOVERNMENT");
        assertThat(government.getAltLabels()).isEmpty();
    }

    @Test
    void labels_may_change_places_between_the_concepts_of_one_file() {
        importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "Oil"@en .
                topic:b a skos:Concept ; skos:prefLabel "Gas"@en .
                topic:c a skos:Concept ; skos:prefLabel "Coal"@en .
                """);

        TaxonomyImport.Summary summary = importTurtle(PREFIXES + """
                topic:a a skos:Concept ; skos:prefLabel "Gas"@en .
                topic:b a skos:Concept ; skos:prefLabel "oil"@en .
                topic:c a skos:Concept ; skos:prefLabel "Lignite"@en .
                topic:d a skos:Concept ; skos:prefLabel "Coal"@en .
                """);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(topic("a").getLabel()).isEqualTo("Gas");
        assertThat(topic("b").getLabel()).isEqualTo("oil");
        assertThat(topic("c").getLabel()).isEqualTo("Lignite");
        assertThat(topic("d").getLabel()).isEqualTo("Coal");
        assertThat(topics.topics).allSatisfy(topic -> assertThat(topic.getAltLabels()).isEmpty());
    }

    private Topic governmentUnder(Topic politics) {
        Topic government = topics.save(new Topic("Government", politics));
        government.addAltLabel("Cabinet");
        government.addMatchTerm("ministry");
        government.describeScope("Executive power.");
        return government;
    }

    private static void assertGovernmentUnchanged(Topic government, Topic politics) {
        assertThat(government.getLabel()).isEqualTo("Government");
        assertThat(government.getCode()).isEqualTo(new TopicCode("government"));
        assertThat(government.getParent()).contains(politics);
        assertThat(government.getAltLabels()).containsExactly("Cabinet");
        assertThat(government.getMatchTerms()).containsExactly("ministry");
        assertThat(government.getScopeNote()).contains("Executive power.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void a_value_a_topic_cannot_hold_is_refused_naming_concept_and_property_before_anything_changes(String property,
                                                                                                   String statements) {
        Topic energy = topics.save(new Topic("Energy"));

        assertThatThrownBy(() -> importTurtle(PREFIXES + """
                topic:energy a skos:Concept ; skos:prefLabel "Power"@en .
                topic:fresh a skos:Concept ; skos:prefLabel "Fresh"@en .
                topic:bad a skos:Concept ;\s""" + statements + " ."))
                .isInstanceOf(SkosFormatException.class)
                .hasMessageStartingWith("Concept <urn:dictum:topic:bad>, " + property + ": ")
                .hasMessageContaining("at most").hasMessageNotContaining("xxxxxxxxxx");

        assertThat(topics.topics).containsExactly(energy);
        assertThat(energy.getLabel()).isEqualTo("Energy");
    }

    static Stream<Arguments> invalidValues() {
        String label = "x".repeat(201);
        return Stream.of(
                Arguments.of("skos:prefLabel", "skos:prefLabel \"" + "x".repeat(10_000) + "\"@en"),
                Arguments.of("skos:altLabel", "skos:prefLabel \"Bad\"@en ; skos:altLabel \"" + label + "\"@en"),
                Arguments.of("skos:prefLabel@de", "skos:prefLabel \"Bad\"@en, \"" + label + "\"@de"),
                Arguments.of("dictum:matchTerm", "skos:prefLabel \"Bad\"@en ; dictum:matchTerm \"" + label + "\"@en"),
                Arguments.of("skos:scopeNote", "skos:prefLabel \"Bad\"@en ; skos:scopeNote \"" + "x".repeat(2001) + "\"@en"),
                Arguments.of("skos:notation", "skos:prefLabel \"Bad\"@en ; skos:notation \"" + "x".repeat(10_000) + "\""));
    }

    @Test
    void a_blank_preferred_label_is_refused() {
        assertThatThrownBy(() -> importTurtle(PREFIXES + "topic:blank a skos:Concept ; skos:prefLabel \"  \"@en ."))
                .isInstanceOf(SkosFormatException.class)
                .hasMessage("Concept <urn:dictum:topic:blank>, skos:prefLabel: A topic label must not be blank");
        assertThat(topics.topics).isEmpty();
    }

    @Test
    void a_code_longer_than_a_code_may_be_is_refused_rather_than_cut() {
        String segment = "a".repeat(TopicCode.MAX_LENGTH + 1);

        assertThatThrownBy(() -> importTurtle(PREFIXES + "<urn:dictum:topic:" + segment + "> a skos:Concept ; skos:prefLabel \"Long\"@en ."))
                .isInstanceOf(SkosFormatException.class)
                .hasMessageContaining("the last segment of its IRI: a topic code has at most 100 characters, this one would have 101");
        importTurtle(PREFIXES + "topic:x a skos:Concept ; skos:prefLabel \"Fits\"@en ; skos:notation \"" + "a".repeat(100) + "\" .");
        assertThat(topic("a".repeat(100)).getLabel()).isEqualTo("Fits");
    }

    @Test
    void importing_the_taxonomys_own_export_again_changes_nothing() {
        importTurtle(StarterTaxonomy.turtle());
        topic("government").addAltLabel("GOVERNMENT");   // an alternative label may differ from the label in case only
        String exported = new SkosTurtleWriter().write(new TaxonomyExport(topics).export("Exported"));

        TaxonomyImport.Summary again = importTurtle(exported);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(topics.topics.size());
        assertThat(new SkosTurtleWriter().write(new TaxonomyExport(topics).export("Exported"))).isEqualTo(exported);
    }

    @Test
    void only_the_first_of_several_broader_concepts_is_kept_with_a_warning() {
        TaxonomyImport.Summary summary = importTurtle(PREFIXES + """
                topic:energy a skos:Concept ; skos:prefLabel "Energy"@en .
                topic:politics a skos:Concept ; skos:prefLabel "Politics"@en .
                topic:energy-policy a skos:Concept ; skos:prefLabel "Energy policy"@en ;
                    skos:broader topic:energy, topic:politics .
                """);

        assertThat(topic("energy-policy").getParent()).contains(topic("energy"));
        assertThat(summary.warnings()).singleElement().asString().contains("Energy policy");
    }

    @Test
    void only_the_first_of_several_scope_notes_in_one_language_is_kept_with_a_warning() {
        TaxonomyImport.Summary summary = importTurtle(PREFIXES + """
                topic:energy a skos:Concept ; skos:prefLabel "Energy"@en ;
                    skos:scopeNote "Power and fuels."@en, "Also mining."@en, "Energie."@de .
                topic:trade a skos:Concept ; skos:prefLabel "Trade"@en ; skos:scopeNote "Goods."@en, "Waren."@de .
                """);

        assertThat(topic("energy").getScopeNote()).contains("Power and fuels.");
        assertThat(summary.warnings()).containsExactly("Topic 'Energy' keeps only its first skos:scopeNote in 'en';"
                + " the file gives 2, the others are left out");
    }

    @Test
    void an_exported_taxonomy_imports_into_another_archive_as_the_same_tree() {
        importTurtle(StarterTaxonomy.turtle());
        String exported = new SkosTurtleWriter().write(new TaxonomyExport(topics).export("Exported"));

        InMemoryTopicRepository other = new InMemoryTopicRepository();
        new TaxonomyImport(other).apply(reader.read(exported));

        assertThat(other.topics).hasSameSizeAs(topics.topics);
        for (Topic original : topics.topics) {
            Topic copy = other.findByCode(original.getCode()).orElseThrow();
            assertThat(copy.getLabel()).isEqualTo(original.getLabel());
            assertThat(copy.getAltLabels()).isEqualTo(original.getAltLabels());
            assertThat(copy.getMatchTerms()).isEqualTo(original.getMatchTerms());
            assertThat(copy.getScopeNote()).isEqualTo(original.getScopeNote());
            assertThat(copy.getParent().map(Topic::getCode)).isEqualTo(original.getParent().map(Topic::getCode));
        }
    }
}
