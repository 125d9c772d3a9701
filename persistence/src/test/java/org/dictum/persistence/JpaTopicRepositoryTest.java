package org.dictum.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicCode;
import org.dictum.domain.topic.skos.SkosTurtleReader;
import org.dictum.domain.topic.skos.TaxonomyImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Topic mapping against the schema the migrations build (Hibernate validates every column),
 * and the repository's queries, on an in-memory H2.
 */
class JpaTopicRepositoryTest {

    @RegisterExtension
    final RolledBackH2 database = new RolledBackH2("topics");
    private EntityManager em;
    private final JpaTopicRepository repository = new JpaTopicRepository();

    @BeforeEach
    void repositoryOnTheDatabase() {
        em = database.em();
        repository.em = em;
        repository.lookups = new TransactionLookups();
    }

    private void storeTaxonomy() {
        Topic energy = new Topic("Energy");
        Topic oil = new Topic("Crude oil", energy);
        oil.addAltLabel("Petroleum");
        oil.addMatchTerm("opec");
        oil.addMatchTerm("barrel");
        oil.describeScope("Crude, not refined products.");
        repository.save(energy);
        repository.save(oil);
        em.flush();
        em.clear();
    }

    @Test
    void finds_topics_by_label_alternative_label_ignoring_case_and_code() {
        storeTaxonomy();

        assertThat(repository.findByLabel("Crude oil")).isPresent();
        assertThat(repository.findByLabel("crude oil")).isEmpty();
        assertThat(repository.findByLabelOrAltLabel("CRUDE OIL").map(Topic::getLabel)).contains("Crude oil");
        assertThat(repository.findByLabelOrAltLabel(" petroleum ").map(Topic::getLabel)).contains("Crude oil");
        assertThat(repository.findByLabelOrAltLabel("gas")).isEmpty();
        assertThat(repository.findByLabelIgnoringCase(" CRUDE OIL ")).extracting(Topic::getLabel).containsExactly("Crude oil");
        assertThat(repository.findByLabelIgnoringCase("petroleum")).isEmpty();
        assertThat(repository.findByCode(new TopicCode("crude-oil")).map(Topic::getLabel)).contains("Crude oil");
    }

    @Test
    void lists_the_whole_taxonomy_by_label_with_labels_terms_and_parents_loaded() {
        storeTaxonomy();

        var all = repository.findAllTopics();
        em.clear();

        assertThat(all).extracting(Topic::getLabel).containsExactly("Crude oil", "Energy");
        Topic oil = all.get(0);
        assertThat(oil.getAltLabels()).containsExactly("Petroleum");
        assertThat(oil.getMatchTerms()).containsExactly("barrel", "opec");
        assertThat(oil.getScopeNote()).contains("Crude, not refined products.");
        assertThat(oil.getParent().map(Topic::getLabel)).contains("Energy");
    }

    @Test
    void knows_when_the_taxonomy_is_empty() {
        assertThat(repository.hasNoTopics()).isTrue();

        storeTaxonomy();

        assertThat(repository.hasNoTopics()).isFalse();
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void a_skos_import_that_swaps_labels_between_topics_passes_the_unique_label_constraint() {
        storeTaxonomy();
        String swapped = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix topic: <urn:dictum:topic:> .
                topic:energy a skos:Concept ; skos:prefLabel "Crude oil"@en .
                topic:crude-oil a skos:Concept ; skos:prefLabel "Energy"@en .
                """;

        new TaxonomyImport(repository).apply(new SkosTurtleReader().read(swapped));
        em.flush();
        em.clear();

        assertThat(repository.findByCode(new TopicCode("energy")).map(Topic::getLabel)).contains("Crude oil");
        assertThat(repository.findByCode(new TopicCode("crude-oil")).map(Topic::getLabel)).contains("Energy");
        assertThat(repository.findAllTopics()).allSatisfy(topic -> assertThat(topic.getAltLabels()).isEmpty());
    }
}
