package org.dictum.search.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.junit.jupiter.api.Test;

/** The names a history page gives its record, in place of the kind and id that mean nothing to a librarian. */
class RecordNamesTest {

    private static final String TEXT = "We will leave the European Union on the thirty-first of October, do or die, "
            + "the prime minister said on Tuesday.";

    @Test
    void an_article_is_named_by_its_title_and_an_untitled_one_by_nothing() {
        Article titled = article().describedAs("  Talks resume  ", null, null);

        assertThat(AuditedRecord.ARTICLE.nameOf(titled)).contains("\u201cTalks resume\u201d");
        assertThat(AuditedRecord.ARTICLE.nameOf(article())).isEmpty();
    }

    @Test
    void a_statement_is_named_by_its_speaker_actor_and_opening_words_cut_at_a_word() {
        Statement statement = statement().attributedTo("the prime minister", new Actor("Boris Johnson", ActorType.PERSON), "said");

        assertThat(AuditedRecord.STATEMENT.nameOf(statement))
                .contains("by Boris Johnson: \u201cWe will leave the European Union on the thirty-first of \u2026\u201d");
    }

    @Test
    void a_statement_without_an_actor_is_named_by_its_speaker_as_written_or_by_its_words_alone() {
        assertThat(AuditedRecord.STATEMENT.nameOf(statement().attributedTo("the prime minister", null, "said")))
                .hasValueSatisfying(name -> assertThat(name).startsWith("by the prime minister: \u201cWe will leave"));
        assertThat(AuditedRecord.STATEMENT.nameOf(statement().attributedTo(" ", null, "said")))
                .hasValueSatisfying(name -> assertThat(name).startsWith("\u201cWe will leave"));
    }

    @Test
    void a_short_statement_is_named_by_all_its_words_on_one_line() {
        Article article = new Article("x", ContentType.TEXT_PLAIN, "Grain\n  will flow.", Instant.EPOCH);
        Statement statement = article.addStatement(StatementKind.DIRECT_QUOTE, new TextSpan(0, article.getMainText().length()));

        assertThat(AuditedRecord.STATEMENT.nameOf(statement)).contains("\u201cGrain will flow.\u201d");
    }

    @Test
    void actors_and_topics_are_named_by_their_name_and_label() {
        assertThat(AuditedRecord.ACTOR.nameOf(new Actor("Ursula von der Leyen", ActorType.PERSON))).contains("Ursula von der Leyen");
        assertThat(AuditedRecord.TOPIC.nameOf(new Topic("Trade"))).contains("\u201cTrade\u201d");
        assertThat(AuditedRecord.TOPIC.nameOf(null)).isEqualTo(Optional.empty());
    }

    private static Article article() {
        return new Article("<p>" + TEXT + "</p>", ContentType.TEXT_HTML, TEXT, Instant.EPOCH);
    }

    private static Statement statement() {
        return article().addStatement(StatementKind.REPORTED_SPEECH, new TextSpan(0, TEXT.indexOf(", the prime")));
    }
}
