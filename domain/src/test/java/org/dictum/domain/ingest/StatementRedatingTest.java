package org.dictum.domain.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleMetadata;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.extraction.ActorReference;
import org.dictum.domain.extraction.DocumentMetadata;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.extraction.ExtractionResult;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The text has four statements; the stand-in extractor resolves "yesterday" in the first against the
 * publication day it is given and finds no date for the second.
 */
class StatementRedatingTest {

    // 0         1         2         3         4         5         6         7         8         9
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
    static final String TEXT = "Talks resume, she said yesterday. Troops stay, he said. Prices rise, they said. Rain comes, it said.";
    static final TextSpan YESTERDAY = new TextSpan(0, 12);
    static final TextSpan UNDATED = new TextSpan(34, 45);
    static final TextSpan VERIFIED = new TextSpan(56, 67);
    static final TextSpan ADDED = new TextSpan(80, 90);
    static final LocalDate OLD_DAY = LocalDate.parse("2023-03-15");
    static final LocalDate NEW_DAY = LocalDate.parse("2023-04-19");
    static final Librarian ANNA = new Librarian("anna");

    private final StatementRedating redating = new StatementRedating(request -> new ExtractionResult(null, TEXT, "en", List.of(
            found(YESTERDAY, request.publicationDate().minusDays(1), false),
            found(UNDATED, request.publicationDate(), true),
            found(VERIFIED, request.publicationDate().minusDays(2), false)), List.of(), "x-1", DocumentMetadata.none(), List.of()));

    private static ExtractedStatement found(TextSpan span, LocalDate date, boolean inferred) {
        return new ExtractedStatement(StatementKind.REPORTED_SPEECH, "she", ActorReference.of("Speaker", ActorType.PERSON),
                "said", span, date, inferred, 0.9, List.of(), null, null);
    }

    private static Article publishedOn(LocalDate day) {
        Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, Instant.EPOCH);
        article.correctMetadata(new ArticleMetadata(null, null, null, day.atStartOfDay().atOffset(ZoneOffset.UTC), "en"));
        article.addStatement(StatementKind.REPORTED_SPEECH, YESTERDAY).datedOn(day.minusDays(1), false).extractedBy("x-1", 0.9);
        article.addStatement(StatementKind.REPORTED_SPEECH, UNDATED).datedOn(day, true).extractedBy("x-1", 0.9);
        article.addStatement(StatementKind.REPORTED_SPEECH, VERIFIED).datedOn(day.minusDays(2), false).extractedBy("x-1", 0.9)
                .verify(ANNA, Instant.EPOCH);
        Statement added = Statement.addedBy(ANNA, Instant.EPOCH, article, StatementKind.REPORTED_SPEECH, ADDED);
        added.datedOn(day, true);
        return article;
    }

    private static Statement at(Article article, TextSpan span) {
        return article.getStatements().stream().filter(s -> s.getSpan().equals(span)).findFirst().orElseThrow();
    }

    @Test
    void a_corrected_publication_date_moves_the_dates_resolved_or_inferred_from_it() {
        Article article = publishedOn(OLD_DAY);
        article.correctMetadata(new ArticleMetadata(null, null, null, NEW_DAY.atTime(9, 0).atOffset(ZoneOffset.UTC), "en"));

        int changed = redating.redate(article);

        assertThat(changed).isEqualTo(3);
        assertThat(at(article, YESTERDAY).getStatementDate()).contains(NEW_DAY.minusDays(1));
        assertThat(at(article, YESTERDAY).isStatementDateInferred()).isFalse();
        assertThat(at(article, UNDATED).getStatementDate()).contains(NEW_DAY);
        assertThat(at(article, UNDATED).isStatementDateInferred()).isTrue();
        assertThat(at(article, VERIFIED).getStatementDate()).as("a date a librarian confirmed").contains(OLD_DAY.minusDays(2));
        assertThat(at(article, ADDED).getStatementDate()).as("a curated statement's stand-in date").contains(NEW_DAY);
    }

    @Test
    void an_article_first_archived_without_a_date_gets_dated_statements() {
        Article article = new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, Instant.EPOCH);
        article.addStatement(StatementKind.REPORTED_SPEECH, UNDATED).datedOn(null, false).extractedBy("x-1", 0.9);
        article.correctMetadata(new ArticleMetadata(null, null, null, NEW_DAY.atStartOfDay().atOffset(ZoneOffset.UTC), "en"));

        assertThat(redating.redate(article)).isEqualTo(1);
        assertThat(at(article, UNDATED).getStatementDate()).contains(NEW_DAY);
    }

    @Test
    void an_offset_that_moves_the_day_where_it_was_published_moves_the_dates_too() {
        Article article = publishedOn(NEW_DAY); // midnight UTC: 19:00 the evening before in New York
        article.correctMetadata(new ArticleMetadata(null, null, null,
                NEW_DAY.atStartOfDay().atOffset(ZoneOffset.UTC).withOffsetSameInstant(ZoneOffset.ofHours(-5)), "en"));

        assertThat(article.getPublishedAt()).contains(NEW_DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(redating.redate(article)).isEqualTo(3);
        assertThat(at(article, YESTERDAY).getStatementDate()).contains(NEW_DAY.minusDays(2));
        assertThat(at(article, UNDATED).getStatementDate()).contains(NEW_DAY.minusDays(1));
    }

    @Test
    void nothing_changes_when_the_day_stays_the_same() {
        Article article = publishedOn(OLD_DAY);
        article.correctMetadata(new ArticleMetadata(null, null, null, OLD_DAY.atTime(23, 0).atOffset(ZoneOffset.UTC), "en"));

        assertThat(redating.redate(article)).isZero();
    }
}
