package org.dictum.domain.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.extraction.ActorReference;
import org.dictum.domain.extraction.ArticleExtractor;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionRequest;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.extraction.RuleBasedArticleExtractor;
import org.dictum.domain.extraction.Sourced;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.tagging.TopicTagger;
import org.junit.jupiter.api.Test;

class ArticleIngestionTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final ActorReference US = ActorReference.of("United States", ActorType.COUNTRY);
    private static final ActorReference RUSSIA = ActorReference.of("Russia", ActorType.COUNTRY);
    private static final ActorReference OFFICIAL =
            ActorReference.proposed("Senior official (United States)", ActorType.ANONYMOUS_SOURCE, US);

    private final InMemoryRepositories store = new InMemoryRepositories();
    private ExtractionRequest seenRequest;
    /** What the fake extractor reports as the document's metadata; tests set it before ingesting. */
    private DocumentMetadata metadata = DocumentMetadata.none();
    /** The main text the fake extractor finds; tests may change it before ingesting. */
    private String mainText = "Talks will go on, the official said.";
    /** The title the fake extractor finds; tests may change it before ingesting. */
    private String title = "Extracted title";

    /** Finds one statement, "talks will go on", said by the official about Russia. */
    private final ArticleExtractor extractor = request -> {
        seenRequest = request;
        String main = mainText;
        ExtractedStatement statement = new ExtractedStatement(StatementKind.REPORTED_SPEECH, "the official",
                OFFICIAL, "said", new TextSpan(0, 16), LocalDate.of(2022, 1, 8), false, 0.8, List.of(RUSSIA), null, null);
        return new ExtractionResult(title, main, "en", main.length() < 16 ? List.of() : List.of(statement), List.of(US, RUSSIA), "test-1",
                metadata, List.of());
    };

    private final ArticleIngestion ingestion = new ArticleIngestion(store, store, store, store.taxonomy, extractor,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static ArticleSubmission text(String text, List<String> topics, List<String> actors) {
        return new ArticleSubmission("https://www.example.org/news/1", null, null,
                OffsetDateTime.parse("2022-01-09T10:00:00Z"), null, text, null, topics, actors);
    }

    @Test
    void stores_article_with_extracted_statements_and_their_provenance() {
        IngestionOutcome outcome = ingestion.ingest(text("original text", null, null));

        assertThat(outcome.created()).isTrue();
        Article article = outcome.article();
        assertThat(article.getTitle()).contains("Extracted title");
        assertThat(article.getIngestedAt()).isEqualTo(NOW);
        assertThat(article.getLanguage()).contains("en");
        assertThat(article.getOriginalContent()).isEqualTo("original text");
        assertThat(article.isIntact()).isTrue();
        assertThat(seenRequest.publicationDate()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(seenRequest.contentType()).isEqualTo(ContentType.TEXT_PLAIN);

        Statement statement = article.getStatements().get(0);
        assertThat(statement.getContent()).isEqualTo("Talks will go on");
        assertThat(statement.getSpeaker().map(Actor::getCanonicalName)).contains("Senior official (United States)");
        assertThat(statement.getSpeaker().flatMap(Actor::getAffiliation).map(Actor::getCanonicalName))
                .contains("United States");
        assertThat(statement.getExtractorVersion()).contains("test-1");
        assertThat(statement.getConfidence()).isEqualTo(0.8);
        assertThat(statement.getMentionedActors()).extracting(Actor::getCanonicalName).containsExactly("Russia");
    }

    private static ArticleSubmission html(String url, String source, OffsetDateTime publishedAt, String language) {
        return new ArticleSubmission(url, null, source, publishedAt, language, null,
                "<html><body><p>Talks will go on, the official said.</p></body></html>", null, null);
    }

    @Test
    void a_name_too_long_for_an_actor_leaves_the_statement_without_actor_instead_of_refusing_the_article() {
        String longName = "Minister A" + "b".repeat(320);
        ArticleIngestion realExtraction = new ArticleIngestion(store, store, store, store.taxonomy,
                new RuleBasedArticleExtractor(), Clock.fixed(NOW, ZoneOffset.UTC));

        Article article = realExtraction.ingest(text(longName + " said the talks failed. " + longName
                + " added that they would resume.", null, null)).article();

        assertThat(article.getStatements()).isNotEmpty().allSatisfy(statement -> assertThat(statement.getSpeaker()).isEmpty());
        assertThat(store.actors).allSatisfy(actor -> assertThat(actor.getCanonicalName()).hasSizeLessThanOrEqualTo(300));
    }

    @Test
    void a_document_without_main_text_or_title_is_refused_and_nothing_is_stored() {
        mainText = "";
        title = null;
        ArticleSubmission images = new ArticleSubmission(null, null, null, null, null, null, "<img src=x.png>", null, null);

        assertThatThrownBy(() -> ingestion.ingest(images))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no article text")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("html");
        assertThat(store.articles).isEmpty();
        assertThat(store.actors).isEmpty();
    }

    @Test
    void a_headline_without_body_is_an_article() {
        mainText = "";
        title = null;
        ArticleSubmission brief = new ArticleSubmission(null, "WHEAT EXPORTS RISE", null, null, null, null,
                "<html><head><title>WHEAT EXPORTS RISE</title></head><body></body></html>", null, null);

        assertThat(ingestion.ingest(brief).article().getTitle()).contains("WHEAT EXPORTS RISE");
        mainText = "";
        title = "Found title";
        ArticleSubmission titled = new ArticleSubmission(null, null, null, null, null, null, "<title>Found title</title>", null, null);
        assertThat(ingestion.ingest(titled).article().getTitle()).contains("Found title");
    }

    private static DocumentMetadata pageMetadata() {
        return new DocumentMetadata(new Sourced<>("Page title", "og"),
                new Sourced<>(List.of("Jane Doe", "John Roe"), "json-ld"),
                new Sourced<>(OffsetDateTime.parse("2022-01-08T18:30:00Z"), "json-ld"),
                new Sourced<>("The Paper", "og"),
                new Sourced<>("https://paper.example.com/2022/01/08/talks", "canonical"),
                new Sourced<>("de", "html-lang"));
    }

    @Test
    void metadata_fills_what_the_submitter_left_out() {
        metadata = pageMetadata();
        Article article = ingestion.ingest(html(null, null, null, null)).article();

        assertThat(article.getByline()).contains("Jane Doe, John Roe");
        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-08T18:30:00Z"));
        assertThat(article.getSource()).hasValueSatisfying(source -> {
            assertThat(source.getName()).isEqualTo("The Paper");
            assertThat(source.getDomain()).contains("paper.example.com");
        });
        assertThat(article.getUrl()).contains("https://paper.example.com/2022/01/08/talks");
        assertThat(article.getLanguage()).contains("de");
        assertThat(seenRequest.contentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(seenRequest.publicationDate()).isNull();
    }

    @Test
    void supplied_values_win_over_metadata() {
        metadata = pageMetadata();
        Article article = ingestion.ingest(html("https://www.example.org/news/1", "Wire", OffsetDateTime.parse("2022-01-09T10:00:00Z"),
                "en")).article();

        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-09T10:00:00Z"));
        assertThat(article.getSource()).hasValueSatisfying(source -> assertThat(source.getName()).isEqualTo("Wire"));
        assertThat(article.getUrl()).contains("https://www.example.org/news/1");
        assertThat(article.getLanguage()).contains("en");
        assertThat(seenRequest.url()).isEqualTo("https://www.example.org/news/1");
        assertThat(seenRequest.publicationDate()).isEqualTo(LocalDate.of(2022, 1, 9));
    }

    @Test
    void without_publisher_in_the_metadata_the_source_is_the_host_of_the_canonical_url() {
        metadata = new DocumentMetadata(null, null, null, null,
                new Sourced<>("https://www.paper.example.com/a", "canonical"), null);
        Article article = ingestion.ingest(html(null, null, null, null)).article();

        assertThat(article.getSource()).hasValueSatisfying(source -> assertThat(source.getName()).isEqualTo("paper.example.com"));
        assertThat(article.getByline()).isEmpty();
    }

    @Test
    void plain_text_without_metadata_keeps_the_extracted_title_and_language_and_has_no_byline() {
        Article article = ingestion.ingest(text("original text", null, null)).article();

        assertThat(article.getTitle()).contains("Extracted title");
        assertThat(article.getLanguage()).contains("en");
        assertThat(article.getByline()).isEmpty();
        assertThat(article.getUrl()).contains("https://www.example.org/news/1");
    }

    @Test
    void source_defaults_to_the_host_of_the_url() {
        Article article = ingestion.ingest(text("a", null, null)).article();

        assertThat(article.getSource()).hasValueSatisfying(s -> assertThat(s.getName()).isEqualTo("example.org"));
    }

    @Test
    void article_actors_are_the_extracted_ones_plus_speakers_when_none_are_supplied() {
        Article article = ingestion.ingest(text("a", null, null)).article();

        assertThat(article.getActors()).extracting(Actor::getCanonicalName)
                .containsExactlyInAnyOrder("United States", "Russia", "Senior official (United States)");
        assertThat(store.actors).hasSize(3);
    }

    @Test
    void supplied_actors_and_topics_the_archive_lacks_are_added_as_written() {
        Article article = ingestion.ingest(text("a", List.of("crude", "ship"), List.of("usa", "Russia"))).article();

        assertThat(article.getActors()).extracting(Actor::getCanonicalName).containsExactly("usa", "Russia");
        assertThat(article.getTopics()).extracting(Topic::getLabel).containsExactly("crude", "ship");
        assertThat(article.getStatements().get(0).getTopics()).extracting(Topic::getLabel).containsExactly("crude", "ship");
    }

    @Test
    void an_empty_supplied_actor_list_means_no_actors() {
        Article article = ingestion.ingest(text("a", List.of(), List.of())).article();

        assertThat(article.getActors()).isEmpty();
    }

    @Test
    void identical_content_is_archived_once() {
        Article first = ingestion.ingest(text("same text", null, null)).article();
        IngestionOutcome again = ingestion.ingest(text("same text", List.of("other"), null));

        assertThat(again.created()).isFalse();
        assertThat(again.article()).isSameAs(first);
        assertThat(store.articles).hasSize(1);
    }

    @Test
    void an_extraction_done_elsewhere_is_stored_as_given_and_not_asked_for_content_archived_already() {
        ArticleSubmission submission = text("extracted ahead", null, null);
        ExtractionResult ahead = extractor.extract(submission.extractionRequest());
        seenRequest = null;
        List<String> asked = new ArrayList<>();

        IngestionOutcome stored = ingestion.ingest(submission, () -> {
            asked.add("first");
            return ahead;
        });
        IngestionOutcome again = ingestion.ingest(submission, () -> {
            asked.add("again");
            return ahead;
        });

        assertThat(stored.created()).isTrue();
        assertThat(stored.article().getStatements()).extracting(Statement::getContent).containsExactly("Talks will go on");
        assertThat(again.created()).isFalse();
        assertThat(asked).containsExactly("first");
        assertThat(seenRequest).as("the ingestion's own extractor is not run").isNull();
    }

    @Test
    void the_extraction_request_carries_the_supplied_title_address_and_publication_day() {
        ArticleSubmission submission = new ArticleSubmission("https://www.example.org/news/2", "Supplied", null,
                OffsetDateTime.parse("2022-01-09T23:30:00Z"), null, null, "<p>Body</p>", null, null);

        ExtractionRequest request = submission.extractionRequest();

        assertThat(request.original()).isEqualTo("<p>Body</p>");
        assertThat(request.contentType()).isEqualTo(ContentType.TEXT_HTML);
        assertThat(request.suppliedTitle()).isEqualTo("Supplied");
        assertThat(request.publicationDate()).isEqualTo(LocalDate.of(2022, 1, 9));
        assertThat(request.url()).isEqualTo("https://www.example.org/news/2");
    }

    @Test
    void relative_dates_resolve_against_the_day_where_the_article_was_published() {
        ArticleSubmission evening = new ArticleSubmission(null, null, null,
                OffsetDateTime.parse("2022-01-08T23:30:00-05:00"), null, "Talks will go on, she said.", null, null, null);
        ArticleSubmission morning = new ArticleSubmission(null, null, null,
                OffsetDateTime.parse("2022-01-09T07:00:00+09:00"), null, "Talks will go on, he said.", null, null, null);

        assertThat(evening.extractionRequest().publicationDate()).as("04:30 UTC on the 9th").isEqualTo(LocalDate.of(2022, 1, 8));
        assertThat(morning.extractionRequest().publicationDate()).as("22:00 UTC on the 8th").isEqualTo(LocalDate.of(2022, 1, 9));

        Article article = ingestion.ingest(evening).article();
        assertThat(article.getPublishedAt()).contains(Instant.parse("2022-01-09T04:30:00Z"));
        assertThat(article.getPublicationTime()).contains(OffsetDateTime.parse("2022-01-08T23:30:00-05:00"));
        assertThat(article.getPublicationDay()).contains(LocalDate.of(2022, 1, 8));
        assertThat(seenRequest.publicationDate()).isEqualTo(LocalDate.of(2022, 1, 8));
    }

    @Test
    void known_actors_and_topics_are_reused_not_duplicated() {
        ingestion.ingest(text("one", List.of("crude"), null));
        ingestion.ingest(text("two", List.of("crude"), null));

        assertThat(store.topics).hasSize(1);
        assertThat(store.actors).extracting(Actor::getCanonicalName)
                .containsExactlyInAnyOrder("United States", "Russia", "Senior official (United States)");
    }

    @Test
    void actors_added_ahead_are_stored_together_once_each_and_ingestion_then_adds_none() {
        store.save(new Actor("United States", ActorType.COUNTRY));
        List<ExtractedSubmission> upcoming = List.of(extracted(text("one", null, null)), extracted(text("two", null, null)),
                extracted(text("three", null, List.of("Kremlin", "United States"))));

        int added = ingestion.addActorsAhead(upcoming);

        assertThat(added).isEqualTo(3);
        assertThat(store.saveAllCalls).isEqualTo(1);
        assertThat(store.actors).extracting(Actor::getCanonicalName).containsExactly("United States", "Russia",
                "Senior official (United States)", "Kremlin");
        Actor official = store.findByCanonicalName("Senior official (United States)").orElseThrow();
        assertThat(official.getStatus()).isEqualTo(ActorStatus.PROPOSED);
        assertThat(official.getAffiliation()).containsSame(store.findByCanonicalName("United States").orElseThrow());
        assertThat(store.findByCanonicalName("Kremlin").orElseThrow().getType()).isEqualTo(ActorType.OTHER);
        List<Actor> before = List.copyOf(store.actors);
        upcoming.forEach(next -> ingestion.ingest(next.submission(), next::extraction));
        assertThat(store.actors).containsExactlyElementsOf(before);
    }

    @Test
    void an_archived_original_adds_no_actors_ahead() {
        ingestion.ingest(text("one", null, null));
        store.actors.clear();

        assertThat(ingestion.addActorsAhead(List.of(extracted(text("one", null, null))))).isZero();
        assertThat(store.saveAllCalls).isZero();
    }

    @Test
    void when_a_concurrent_transaction_stored_a_name_first_none_is_added_ahead_and_ingestion_adds_them_one_by_one() {
        store.storedConcurrently.add("Russia");
        ArticleSubmission submission = text("one", null, null);

        assertThat(ingestion.addActorsAhead(List.of(extracted(submission)))).isZero();
        assertThat(store.actors).isEmpty();

        ingestion.ingest(submission);
        assertThat(store.actors).extracting(Actor::getCanonicalName)
                .containsExactlyInAnyOrder("United States", "Russia", "Senior official (United States)");
    }

    private ExtractedSubmission extracted(ArticleSubmission submission) {
        return new ExtractedSubmission(submission, extractor.extract(submission.extractionRequest()));
    }

    @Test
    void actors_found_by_extraction_are_proposed_and_gazetteer_actors_confirmed() {
        ingestion.ingest(text("original text", null, null));

        assertThat(store.findByCanonicalName("Senior official (United States)")).get()
                .extracting(Actor::getStatus).isEqualTo(ActorStatus.PROPOSED);
        assertThat(store.findByCanonicalName("United States")).get()
                .extracting(Actor::getStatus).isEqualTo(ActorStatus.CONFIRMED);
    }

    @Test
    void a_confirmed_actor_stays_confirmed_when_extraction_proposes_it_again() {
        Actor official = Actor.proposed("Senior official (United States)", ActorType.ANONYMOUS_SOURCE);
        official.confirm();
        store.save(official);

        ingestion.ingest(text("original text", null, null));

        assertThat(store.findByCanonicalName("Senior official (United States)")).get()
                .extracting(Actor::getStatus).isEqualTo(ActorStatus.CONFIRMED);
    }

    @Test
    void submission_without_text_or_html_is_refused() {
        assertThatThrownBy(() -> text("  ", null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("text or html");
    }

    @Test
    void submission_with_both_text_and_html_is_refused() {
        assertThatThrownBy(() -> new ArticleSubmission(null, null, null, null, null, "t", "<p>h</p>", null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void relative_or_non_web_urls_are_refused() {
        assertThatThrownBy(() -> new ArticleSubmission("ftp://x.org/a", null, null, null, null, "t", null, null, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("url");
        assertThatThrownBy(() -> new ArticleSubmission("news/1", null, null, null, null, "t", null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void blank_supplied_actor_names_are_refused() {
        assertThatThrownBy(() -> text("a", null, List.of("Russia", " ")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("actors");
    }

    @Test
    void without_supplied_topics_the_tagger_chooses_them_from_title_and_main_text() {
        List<String> seen = new ArrayList<>();
        TopicTagger tagger = text -> {
            seen.add(text);
            return Set.of("Diplomacy", "Summits & negotiations");
        };
        ArticleIngestion tagging = new ArticleIngestion(store, store, store, store.taxonomy, tagger, extractor, Clock.fixed(NOW, ZoneOffset.UTC));

        Article article = tagging.ingest(text("original text", null, null)).article();

        assertThat(seen).containsExactly("Extracted title\n\nTalks will go on, the official said.");
        assertThat(article.getTopics()).extracting(Topic::getLabel).containsExactlyInAnyOrder("Diplomacy", "Summits & negotiations");
        assertThat(article.getStatements().get(0).getTopics()).hasSize(2);
    }

    @Test
    void supplied_topics_find_the_taxonomy_topic_of_their_label_in_other_case_but_not_by_alternative_label() {
        Topic politics = store.taxonomy.save(new Topic("Politics"));
        Topic gas = store.taxonomy.save(new Topic("Natural gas"));
        gas.addAltLabel("Gas");
        Topic lowerCase = store.taxonomy.save(new Topic("energy"));
        store.taxonomy.save(new Topic("Energy"));

        Article article = ingestion.ingest(text("a", List.of("politics", "gas", "energy", "Shipping"), null)).article();

        assertThat(article.getTopics()).extracting(Topic::getLabel)
                .as("an exact label first; a label the taxonomy lacks is added as written")
                .containsExactly("Politics", "gas", "energy", "Shipping");
        assertThat(article.getTopics()).contains(politics, lowerCase).doesNotContain(gas);
    }

    @Test
    void tagged_topics_resolve_to_taxonomy_topics_by_label_or_alternative_label_ignoring_case() {
        Topic talks = store.taxonomy.save(new Topic("Summits & negotiations"));
        talks.addAltLabel("Talks");
        Topic diplomacy = store.taxonomy.save(new Topic("Diplomacy"));
        ArticleIngestion tagging = new ArticleIngestion(store, store, store, store.taxonomy, text -> Set.of("talks", "DIPLOMACY"),
                extractor, Clock.fixed(NOW, ZoneOffset.UTC));

        Article article = tagging.ingest(text("original text", null, null)).article();

        assertThat(article.getTopics()).containsExactlyInAnyOrder(talks, diplomacy);
        assertThat(store.topics).hasSize(2);
    }

    @Test
    void supplied_topics_are_not_tagged_and_an_empty_list_means_no_topics() {
        ArticleIngestion tagging = new ArticleIngestion(store, store, store, store.taxonomy, text -> Set.of("Diplomacy"),
                extractor, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tagging.ingest(text("one", List.of(), null)).article().getTopics()).isEmpty();
        assertThat(tagging.ingest(text("two", List.of("crude"), null)).article().getTopics())
                .extracting(Topic::getLabel).containsExactly("crude");
    }

    @Test
    void by_default_articles_are_tagged_with_the_rules_of_the_stored_taxonomy() {
        Topic talks = store.taxonomy.save(new Topic("Summits & negotiations"));
        talks.addMatchTerm("talks");

        Article article = ingestion.ingest(text("original text", null, null)).article();

        assertThat(article.getTopics()).containsExactly(talks);
    }

    @Test
    void a_topic_created_by_a_supplied_label_gets_a_code_no_other_topic_has() {
        Topic trade = store.taxonomy.save(new Topic("Trade"));

        Topic supplied = ingestion.ingest(text("a", List.of("Trade!"), null)).article().getTopics().iterator().next();

        assertThat(supplied).isNotSameAs(trade);
        assertThat(supplied.getLabel()).isEqualTo("Trade!");
        assertThat(supplied.getCode().value()).isEqualTo("trade-2");
    }
}
