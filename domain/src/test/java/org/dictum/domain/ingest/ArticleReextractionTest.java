package org.dictum.domain.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.curation.ReextractionPlan;
import org.dictum.domain.extraction.ActorReference;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

/**
 * Re-extraction replaces only what no librarian touched. The text has four sentences; the old
 * extractor found statements in the first three, the new one finds all four.
 */
class ArticleReextractionTest {

    // 0         1         2         3         4         5         6         7         8         9
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
    static final String TEXT = "Talks resume, she said. Troops stay, he said. Prices rise, they said. Rain comes, it said.";
    static final TextSpan TALKS = new TextSpan(0, 12);
    static final TextSpan TROOPS = new TextSpan(24, 35);
    static final TextSpan PRICES = new TextSpan(46, 57);
    static final TextSpan RAIN = new TextSpan(70, 80);
    static final Librarian ANNA = new Librarian("anna");
    static final Instant NOW = Instant.parse("2022-01-10T09:00:00Z");

    private final InMemoryRepositories repositories = new InMemoryRepositories();

    private static Article article() {
        Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, Instant.EPOCH).about(List.of(new Topic("Politics")));
        for (TextSpan span : List.of(TALKS, TROOPS, PRICES)) {
            article.addStatement(StatementKind.REPORTED_SPEECH, span).attributedTo("old", null, "said").extractedBy("old-1", 0.5);
        }
        return article;
    }

    private static ExtractedStatement found(TextSpan span) {
        return new ExtractedStatement(StatementKind.REPORTED_SPEECH, "new", ActorReference.of("New Speaker", ActorType.PERSON),
                "said", span, null, false, 0.9, List.of(), null, null);
    }

    private ArticleReextraction reextraction(String mainText, TextSpan... spans) {
        List<ExtractedStatement> statements = java.util.Arrays.stream(spans).map(ArticleReextractionTest::found).toList();
        return new ArticleReextraction(request -> new ExtractionResult(null, mainText, "en", statements, List.of(), "new-2",
                DocumentMetadata.none(), List.of()), repositories);
    }

    private static Statement at(Article article, TextSpan span) {
        return article.getStatements().stream().filter(s -> s.getSpan().equals(span)).findFirst().orElseThrow();
    }

    @Test
    void untouched_machine_statements_are_replaced_by_the_new_extractors_findings() {
        Article article = article();

        ReextractionPlan plan = reextraction(TEXT, TALKS, TROOPS, PRICES, RAIN).reextract(article);

        assertThat(plan.removed()).hasSize(3);
        assertThat(plan.added()).hasSize(4);
        assertThat(article.getStatements()).hasSize(4)
                .allSatisfy(s -> {
                    assertThat(s.getExtractorVersion()).contains("new-2");
                    assertThat(s.getSpeakerMention()).contains("new");
                    assertThat(s.getSpeaker().orElseThrow().getCanonicalName()).isEqualTo("New Speaker");
                    assertThat(s.getTopics()).extracting(Topic::getLabel).containsExactly("Politics");
                    assertThat(s.getStatus()).isEqualTo(StatementStatus.EXTRACTED);
                });
    }

    @Test
    void verified_and_corrected_statements_are_kept_unchanged_and_not_duplicated() {
        Article article = article();
        Statement verified = at(article, TALKS);
        verified.verify(ANNA, NOW);
        Statement corrected = at(article, TROOPS);
        StatementCorrection now = corrected.correction();
        corrected.correct(new StatementCorrection(now.speakerMention(), now.speaker(), "added", now.span(), now.statementDate(),
                now.mentionedActors(), now.topics()), ANNA, NOW);

        ReextractionPlan plan = reextraction(TEXT, TALKS, TROOPS, PRICES, RAIN).reextract(article);

        assertThat(plan.kept()).containsExactlyInAnyOrder(verified, corrected);
        assertThat(plan.dropped()).extracting(ExtractedStatement::span).containsExactlyInAnyOrder(TALKS, TROOPS);
        assertThat(article.getStatements()).hasSize(4).contains(verified, corrected);
        assertThat(verified.getSpeakerMention()).contains("old");
        assertThat(verified.getExtractorVersion()).contains("old-1");
        assertThat(verified.getStatus()).isEqualTo(StatementStatus.VERIFIED);
        assertThat(corrected.getStatus()).isEqualTo(StatementStatus.CORRECTED);
        assertThat(at(article, PRICES).getExtractorVersion()).contains("new-2");
    }

    @Test
    void a_rejected_span_stays_rejected_even_when_the_new_extractor_finds_it_again() {
        Article article = article();
        Statement rejected = at(article, PRICES);
        rejected.reject(ANNA, "a forecast, not a statement", NOW);

        reextraction(TEXT, TALKS, TROOPS, PRICES, RAIN).reextract(article);

        assertThat(article.getStatements()).filteredOn(s -> s.getSpan().equals(PRICES)).containsExactly(rejected);
        assertThat(rejected.getStatus()).isEqualTo(StatementStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).contains("a forecast, not a statement");
    }

    @Test
    void a_finding_that_only_overlaps_a_rejected_or_added_span_is_dropped_too() {
        Article article = article();
        at(article, PRICES).reject(ANNA, "no", NOW);
        Statement added = Statement.addedBy(ANNA, NOW, article, StatementKind.DIRECT_QUOTE, new TextSpan(70, 74));

        ReextractionPlan plan = reextraction(TEXT, new TextSpan(50, 60), RAIN).reextract(article);

        assertThat(plan.added()).isEmpty();
        assertThat(plan.dropped()).hasSize(2);
        assertThat(article.getStatements()).containsExactlyInAnyOrder(at(article, PRICES), added);
    }

    @Test
    void human_added_statements_survive_when_the_new_extractor_finds_nothing() {
        Article article = article();
        Statement added = Statement.addedBy(ANNA, NOW, article, StatementKind.REPORTED_SPEECH, RAIN);

        ReextractionPlan plan = reextraction(TEXT).reextract(article);

        assertThat(plan.removed()).hasSize(3);
        assertThat(article.getStatements()).containsExactly(added);
    }

    @Test
    void running_it_twice_gives_the_same_statements() {
        Article article = article();
        at(article, TALKS).verify(ANNA, NOW);
        ArticleReextraction reextraction = reextraction(TEXT, TALKS, TROOPS, RAIN);

        reextraction.reextract(article);
        List<TextSpan> first = article.getStatements().stream().map(Statement::getSpan).sorted(java.util.Comparator.comparingInt(TextSpan::start)).toList();
        ReextractionPlan second = reextraction.reextract(article);

        assertThat(article.getStatements()).extracting(Statement::getSpan).containsExactlyInAnyOrderElementsOf(first);
        assertThat(first).containsExactly(TALKS, TROOPS, RAIN);
        assertThat(second.kept()).hasSize(1);
    }

    @Test
    void a_different_main_text_from_the_new_extractor_changes_nothing() {
        Article article = article();
        List<Statement> before = List.copyOf(article.getStatements());

        assertThatThrownBy(() -> reextraction(TEXT + " More.", RAIN).reextract(article))
                .isInstanceOf(CurationConflictException.class).hasMessageContaining("different main text")
                .as("names the article by id, not by its toString()").hasMessageNotContaining("Article[");
        assertThat(article.getStatements()).containsExactlyElementsOf(before);
    }

    @Test
    void a_withdrawn_article_is_not_reextracted() {
        Article article = article();
        article.withdraw(ANNA, "duplicate", NOW);

        assertThatThrownBy(() -> reextraction(TEXT, RAIN).reextract(article)).isInstanceOf(CurationConflictException.class)
                .hasMessageEndingWith(" is withdrawn: restore it before re-extracting").hasMessageNotContaining("Article[");
        assertThat(article.getStatements()).hasSize(3);
    }
}
