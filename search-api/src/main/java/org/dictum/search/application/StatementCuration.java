package org.dictum.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ArticleRepository;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.StatementRepository;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.dictum.domain.topic.TopicRepository;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.persistence.audit.CurrentUser;

/**
 * Librarians' decisions about statements: verify, correct, reject, add. Each applies only to the
 * version the librarian read, records the librarian as the statement's provenance and is audited
 * with the reason. Each change also raises the version of the statement's article, whose
 * representation (and so its ETag) shows its statements. Actors and topics are named as the
 * authority and taxonomy know them: unknown names are refused, not created.
 */
@ApplicationScoped
public class StatementCuration {

    @Inject
    StatementRepository statements;

    @Inject
    ArticleRepository articles;

    @Inject
    ActorRepository actors;

    @Inject
    TopicRepository topics;

    @Inject
    ChangeAttribution attribution;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public StatementDetail verify(long id, long readVersion, String reason) {
        Statement statement = current(id, readVersion);
        attribution.because(reason);
        statement.verify(currentUser.librarian(), clock.instant());
        storeWithArticle(statement.getArticle());
        return StatementDetail.of(statement);
    }

    @Transactional
    public StatementDetail correct(long id, long readVersion, StatementPatch patch) {
        Statement statement = statements.findById(id).orElseThrow(() -> new UnknownEntityException("Statement", id));
        // The fields are checked before the version: a bad request answers 400 even when it is also stale.
        StatementCorrection before = statement.correction();
        StatementCorrection correction = patch.applyTo(before, this::actor, label -> topic("topics", label));
        Statement.requireContentSpan(statement.getArticle(), correction.span());
        if (!Objects.equals(correction.statementDate(), before.statementDate())) {
            requireReportedBy(correction.statementDate(), statement.getArticle());
        }
        StaleVersionException.requireCurrent("Statement", id, readVersion, statement.getVersion());
        attribution.because(patch.reason().orElse(null));
        if (statement.correct(correction, currentUser.librarian(), clock.instant())) {
            storeWithArticle(statement.getArticle());
        } // else nothing changed: no new version, nothing in the history
        return StatementDetail.of(statement);
    }

    /** The reason is the body's, else the X-Dictum-Reason header's; one is required. */
    @Transactional
    public StatementDetail reject(long id, long readVersion, String reason) {
        Statement statement = current(id, readVersion);
        attribution.because(reason);
        statement.reject(currentUser.librarian(), attribution.reason().orElse(null), clock.instant());
        storeWithArticle(statement.getArticle());
        return StatementDetail.of(statement);
    }

    @Transactional
    public StatementDetail add(long articleId, long readVersion, NewStatement draft) {
        Article article = articles.findById(articleId).orElseThrow(() -> new UnknownEntityException("Article", articleId));
        // Every field is checked before the article's state: a bad request answers 400 even when its span is
        // taken or its version stale, so that fixing the conflict does not just reveal the next error.
        StatementKind kind = kindOf(draft.kind());
        TextSpan span = Statement.requireContentSpan(article, StatementPatch.span(draft.start(), draft.end()));
        StatementCorrection initial = new StatementCorrection(draft.speaker(),
                Optional.ofNullable(draft.speakerActor()).filter(n -> !n.isBlank()).map(n -> actor("speakerActor", n)).orElse(null),
                draft.cue(), span, Dates.plausibleDateOf("statementDate", draft.statementDate()),
                names(draft.mentionedActors()).stream().map(n -> actor("mentionedActors", n)).collect(Collectors.toSet()),
                draft.topics() == null ? article.getTopics()
                        : names(draft.topics()).stream().map(l -> topic("topics", l)).collect(Collectors.toSet()));
        requireReportedBy(initial.statementDate(), article);
        StaleVersionException.requireCurrent("Article", articleId, readVersion, article.getVersion());
        if (article.isWithdrawn()) {
            throw new CurationConflictException("Article " + articleId + " is withdrawn: restore it before adding statements");
        }
        attribution.because(draft.reason());
        Statement statement = Statement.addedBy(currentUser.librarian(), clock.instant(), article, kind, span);
        // Without a date, the publication day stands in, flagged as inferred, as it does for extracted statements.
        LocalDate date = initial.statementDate() != null ? initial.statementDate()
                : article.getPublicationDay().orElse(null);
        statement.attributedTo(initial.speakerMention(), initial.speaker(), initial.cue())
                .datedOn(date, initial.statementDate() == null && date != null)
                .mentioning(initial.mentionedActors())
                .about(initial.topics());
        storeWithArticle(article);
        return StatementDetail.of(statement);
    }

    /**
     * Writes the statement's change now and raises its article's version: the article shows its statements, so its
     * ETag changes, and another change based on the article's old version is stale.
     */
    private void storeWithArticle(Article article) {
        articles.flush();
        articles.raiseVersion(article);
    }

    /**
     * A statement is made before the article reporting it appears: a librarian's date after the publication
     * day (or, for an article without a date, after today) is a typo such as 3022 for 2022. One day of slack
     * covers the publication day being counted in UTC while the statement was dated in the speaker's time zone.
     */
    private void requireReportedBy(LocalDate date, Article article) {
        if (date == null) {
            return;
        }
        Optional<LocalDate> published = article.getPublicationDay();
        LocalDate latest = published.orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC))).plusDays(1);
        if (date.isAfter(latest)) {
            throw new InvalidInputException("statementDate", "statementDate " + date + " is after "
                    + published.map(day -> "the article's publication day, " + day).orElse("today")
                    + ": a statement is dated on or before the day it is reported");
        }
    }

    private Statement current(long id, long readVersion) {
        Statement statement = statements.findById(id).orElseThrow(() -> new UnknownEntityException("Statement", id));
        StaleVersionException.requireCurrent("Statement", id, readVersion, statement.getVersion());
        return statement;
    }

    /** The actor {@code name} leads to as ingestion reads it: a merged actor's name gives its survivor. */
    private Actor actor(String field, String name) {
        return actors.findNamed(name.strip()).orElseThrow(() -> new InvalidInputException(field,
                "No actor is named " + name.strip() + ": use an actor's canonical name"));
    }

    private Topic topic(String field, String label) {
        return topics.findByLabelOrAltLabel(label.strip()).orElseThrow(() -> new InvalidInputException(field,
                "No topic is labelled " + label.strip()));
    }

    private static List<String> names(List<String> names) {
        return names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    private static StatementKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return StatementKind.REPORTED_SPEECH;
        }
        try {
            return StatementKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "kind is DIRECT_QUOTE or REPORTED_SPEECH, was " + kind.strip());
        }
    }
}
