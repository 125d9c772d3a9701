package org.dictum.domain.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.StatementOrigin;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

class StatementCurationTest {

    static final String TEXT = "Talks will resume, the minister said. Troops stay, Mr. Smith added.";
    static final Instant MONDAY = Instant.parse("2022-01-10T09:00:00Z");
    static final Librarian ANNA = new Librarian("anna");

    static Article article() {
        return new Article(TEXT, ContentType.TEXT_PLAIN, TEXT, Instant.EPOCH);
    }

    static Statement extracted(Article article, int start, int end) {
        return article.addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(start, end))
                .attributedTo("the minister", null, "said")
                .extractedBy("rules-1", 0.8);
    }

    @Test
    void an_extracted_statement_shows_its_extractor_and_is_not_curated() {
        Statement statement = extracted(article(), 0, 17);

        assertThat(statement.getStatus()).isEqualTo(StatementStatus.EXTRACTED);
        assertThat(statement.getOrigin()).isEqualTo(StatementOrigin.EXTRACTOR);
        assertThat(statement.getExtractorVersion()).contains("rules-1");
        assertThat(statement.getConfidence()).isEqualTo(0.8);
        assertThat(statement.getCuratedBy()).isEmpty();
        assertThat(statement.isCurated()).isFalse();
    }

    @Test
    void verifying_records_the_librarian_and_when_and_keeps_the_extractor_provenance() {
        Statement statement = extracted(article(), 0, 17);

        statement.verify(ANNA, MONDAY);

        assertThat(statement.getStatus()).isEqualTo(StatementStatus.VERIFIED);
        assertThat(statement.getCuratedBy()).contains("anna");
        assertThat(statement.getCuratedAt()).contains(MONDAY);
        assertThat(statement.getExtractorVersion()).contains("rules-1");
        assertThat(statement.getOrigin()).isEqualTo(StatementOrigin.EXTRACTOR);
        assertThat(statement.isCurated()).isTrue();
    }

    @Test
    void correcting_replaces_every_part_and_the_content_follows_the_new_span() {
        Statement statement = extracted(article(), 0, 17);
        Actor smith = new Actor("John Smith", ActorType.PERSON);
        Actor nato = new Actor("NATO", ActorType.ORGANIZATION);
        Topic defence = new Topic("Defence");

        statement.correct(new StatementCorrection(" Mr. Smith ", smith, "added", new TextSpan(38, 49),
                LocalDate.of(2022, 1, 9), Set.of(nato), Set.of(defence)), ANNA, MONDAY);

        assertThat(statement.getContent()).isEqualTo("Troops stay");
        assertThat(statement.getSpan()).isEqualTo(new TextSpan(38, 49));
        assertThat(statement.getSpeakerMention()).contains("Mr. Smith");
        assertThat(statement.getSpeaker()).contains(smith);
        assertThat(statement.getCue()).contains("added");
        assertThat(statement.getStatementDate()).contains(LocalDate.of(2022, 1, 9));
        assertThat(statement.isStatementDateInferred()).isFalse();
        assertThat(statement.getMentionedActors()).containsExactly(nato);
        assertThat(statement.getTopics()).containsExactly(defence);
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.CORRECTED);
        assertThat(statement.getCuratedBy()).contains("anna");
    }

    @Test
    void a_correction_that_changes_nothing_records_nothing() {
        Statement statement = extracted(article(), 0, 17);
        StatementCorrection before = statement.correction();

        assertThat(statement.correct(before, ANNA, MONDAY)).isFalse();

        assertThat(statement.correction()).isEqualTo(before);
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.EXTRACTED);
        assertThat(statement.getCuratedBy()).isEmpty();
    }

    @Test
    void a_date_left_as_it_was_stays_inferred_and_a_changed_one_is_the_librarians() {
        Statement statement = extracted(article(), 0, 17).datedOn(LocalDate.of(2022, 1, 10), true);
        StatementCorrection cueOnly = new StatementCorrection("the minister", null, "added", new TextSpan(0, 17),
                LocalDate.of(2022, 1, 10), Set.of(), Set.of());

        assertThat(statement.correct(cueOnly, ANNA, MONDAY)).isTrue();
        assertThat(statement.isStatementDateInferred()).as("the date was not touched").isTrue();
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.CORRECTED);

        statement.correct(new StatementCorrection("the minister", null, "added", new TextSpan(0, 17),
                LocalDate.of(2022, 1, 8), Set.of(), Set.of()), ANNA, MONDAY);
        assertThat(statement.getStatementDate()).contains(LocalDate.of(2022, 1, 8));
        assertThat(statement.isStatementDateInferred()).isFalse();
    }

    @Test
    void a_correction_with_blank_texts_clears_speaker_and_cue() {
        Statement statement = extracted(article(), 0, 17);

        statement.correct(new StatementCorrection(" ", null, "", new TextSpan(0, 17), null, Set.of(), Set.of()), ANNA, MONDAY);

        assertThat(statement.getSpeakerMention()).isEmpty();
        assertThat(statement.getCue()).isEmpty();
        assertThat(statement.getStatementDate()).isEmpty();
    }

    @Test
    void a_span_past_the_main_text_or_of_white_space_only_is_refused_and_nothing_changes() {
        Statement statement = extracted(article(), 0, 17);
        StatementCorrection past = new StatementCorrection(null, null, null, new TextSpan(40, TEXT.length() + 1),
                null, Set.of(), Set.of());
        StatementCorrection blank = new StatementCorrection(null, null, null, new TextSpan(37, 38), null, Set.of(), Set.of());

        assertThatThrownBy(() -> statement.correct(past, ANNA, MONDAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ends after the main text");
        assertThatThrownBy(() -> statement.correct(blank, ANNA, MONDAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds no text");
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.EXTRACTED);
        assertThat(statement.getContent()).isEqualTo("Talks will resume");
    }

    @Test
    void rejecting_needs_a_reason_and_keeps_it_with_the_librarian() {
        Statement statement = extracted(article(), 0, 17);

        assertThatThrownBy(() -> statement.reject(ANNA, "  ", MONDAY)).isInstanceOf(InvalidInputException.class);
        assertThat(statement.getStatus()).isEqualTo(StatementStatus.EXTRACTED);

        statement.reject(ANNA, " Not a statement: a headline ", MONDAY);

        assertThat(statement.getStatus()).isEqualTo(StatementStatus.REJECTED);
        assertThat(statement.getRejectionReason()).contains("Not a statement: a headline");
        assertThat(statement.getCuratedBy()).contains("anna");
        assertThat(statement.isCurated()).isTrue();
    }

    @Test
    void verifying_a_rejected_statement_takes_it_back_and_forgets_the_rejection_reason() {
        Statement statement = extracted(article(), 0, 17);
        statement.reject(ANNA, "wrong", MONDAY);

        statement.verify(new Librarian("ben"), MONDAY.plusSeconds(60));

        assertThat(statement.getStatus()).isEqualTo(StatementStatus.VERIFIED);
        assertThat(statement.getRejectionReason()).isEmpty();
        assertThat(statement.getCuratedBy()).contains("ben");
    }

    @Test
    void a_statement_added_by_a_librarian_names_them_and_no_extractor() {
        Article article = article();

        Statement added = Statement.addedBy(ANNA, MONDAY, article, StatementKind.REPORTED_SPEECH, new TextSpan(38, 49));

        assertThat(article.getStatements()).containsExactly(added);
        assertThat(added.getContent()).isEqualTo("Troops stay");
        assertThat(added.getStatus()).isEqualTo(StatementStatus.ADDED);
        assertThat(added.getOrigin()).isEqualTo(StatementOrigin.LIBRARIAN);
        assertThat(added.getCreatedBy()).contains("anna");
        assertThat(added.getCreatedAt()).contains(MONDAY);
        assertThat(added.getExtractorVersion()).isEmpty();
        assertThat(added.isCurated()).isTrue();
    }

    @Test
    void an_added_statement_stays_the_librarians_after_a_correction_by_someone_else() {
        Statement added = Statement.addedBy(ANNA, MONDAY, article(), StatementKind.REPORTED_SPEECH, new TextSpan(38, 49));

        StatementCorrection now = added.correction();
        added.correct(new StatementCorrection(now.speakerMention(), now.speaker(), "added", now.span(), now.statementDate(),
                now.mentionedActors(), now.topics()), new Librarian("ben"), MONDAY.plusSeconds(5));

        assertThat(added.getOrigin()).isEqualTo(StatementOrigin.LIBRARIAN);
        assertThat(added.getCreatedBy()).contains("anna");
        assertThat(added.getCuratedBy()).contains("ben");
        assertThat(added.getStatus()).isEqualTo(StatementStatus.CORRECTED);
    }

    @Test
    void a_second_statement_of_the_same_span_is_refused_unless_the_first_was_rejected() {
        Article article = article();
        Statement first = Statement.addedBy(ANNA, MONDAY, article, StatementKind.REPORTED_SPEECH, new TextSpan(38, 49));

        assertThatThrownBy(() -> Statement.addedBy(new Librarian("ben"), MONDAY, article, StatementKind.DIRECT_QUOTE,
                new TextSpan(38, 49))).isInstanceOf(CurationConflictException.class)
                .hasMessageContaining("already covers characters 38-49");
        assertThat(article.getStatements()).containsExactly(first);

        first.reject(ANNA, "wrong speaker", MONDAY.plusSeconds(1));
        Statement again = Statement.addedBy(ANNA, MONDAY, article, StatementKind.REPORTED_SPEECH, new TextSpan(38, 49));
        Statement overlapping = Statement.addedBy(ANNA, MONDAY, article, StatementKind.REPORTED_SPEECH, new TextSpan(38, 48));

        assertThat(article.getStatements()).containsExactly(first, again, overlapping);
    }

    @Test
    void adding_outside_the_main_text_is_refused_and_adds_nothing() {
        Article article = article();

        assertThatThrownBy(() -> Statement.addedBy(ANNA, MONDAY, article, StatementKind.DIRECT_QUOTE,
                new TextSpan(60, TEXT.length() + 3))).isInstanceOf(InvalidInputException.class);
        assertThat(article.getStatements()).isEmpty();
    }

    @Test
    void a_librarian_needs_a_name() {
        assertThatThrownBy(() -> new Librarian(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Librarian(" anna ").name()).isEqualTo("anna");
    }
}
