package org.dictum.domain.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;
import org.dictum.domain.article.Article;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.curation.StatementCorrection;
import org.dictum.domain.topic.Topic;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One speech event in an article: who said what, with which cue, when. Invariants: it belongs to
 * exactly one article; its span lies inside that article's main text and its content is that span's
 * text; its confidence is in [0, 1]. Provenance: an extracted statement names its extractor version
 * and confidence; a curated one the librarian who added it and the librarian who last decided about
 * it, with when; a rejected one its reason. Audited: every change is kept with who made it and why.
 */
@Entity
@Audited
@Table(name = "statement")
@NamedEntityGraph(name = Statement.HIT_GRAPH, attributeNodes = @NamedAttributeNode("speaker"))
public class Statement {

    /** The associations a statement shown as a search hit needs: loaded with it. */
    public static final String HIT_GRAPH = "Statement.hit";
    /** The longest speaker mention kept, in characters. */
    public static final int MAX_SPEAKER_MENTION_LENGTH = 500;
    /** The longest cue kept, in characters. */
    public static final int MAX_CUE_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
    @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StatementKind kind;

    /** The speaker as the text names them ("a senior Biden administration official", "He"). */
    @Column(name = "speaker_mention", length = MAX_SPEAKER_MENTION_LENGTH)
    private String speakerMention;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @Column(length = MAX_CUE_LENGTH)
    private String cue;

    @Column(nullable = false)
    private String content;

    @Embedded
    private TextSpan span;

    @Column(name = "statement_date")
    private LocalDate statementDate;

    /** True when the date could not be read from the text and the publication date stands in. */
    @Column(name = "statement_date_inferred", nullable = false)
    private boolean statementDateInferred;

    @Column(nullable = false)
    private double confidence;

    @Column(name = "extractor_version", length = 100)
    private String extractorVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatementStatus status = StatementStatus.EXTRACTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatementOrigin origin = StatementOrigin.EXTRACTOR;

    /** The librarian who added the statement; null for extracted ones. */
    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The librarian who last verified, corrected or rejected the statement. */
    @Column(name = "curated_by", length = 100)
    private String curatedBy;

    @Column(name = "curated_at")
    private Instant curatedAt;

    @Column(name = "rejection_reason", length = 2000)
    private String rejectionReason;

    @ManyToMany
    @JoinTable(name = "statement_actor",
            joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> mentionedActors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "statement_topic",
            joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    /**
     * The collections that hold this statement as a member: the read-only mirror of
     * {@link org.dictum.domain.collection.Collection}'s membership, which owns and audits it. Read for the
     * search index; the collection service reindexes members when membership changes.
     */
    @NotAudited
    @ManyToMany(mappedBy = "statements")
    private Set<org.dictum.domain.collection.Collection> collections = new LinkedHashSet<>();

    @Version
    private long version;

    protected Statement() {
    }

    /** Use {@link Article#addStatement} so that both sides of the association stay in step. */
    public Statement(Article article, StatementKind kind, TextSpan span, String content) {
        this.article = Objects.requireNonNull(article, "article");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.span = Objects.requireNonNull(span, "span");
        this.content = Objects.requireNonNull(content, "content");
        if (content.isBlank()) {
            throw new IllegalArgumentException("A statement's content must not be blank");
        }
    }

    public Statement attributedTo(String mention, Actor actor, String cueVerb) {
        this.speakerMention = mention;
        this.speaker = actor;
        this.cue = cueVerb;
        return this;
    }

    public Statement datedOn(LocalDate date, boolean inferred) {
        this.statementDate = date;
        this.statementDateInferred = inferred;
        return this;
    }

    public Statement extractedBy(String extractor, double score) {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("Confidence must lie in [0, 1], was " + score);
        }
        this.extractorVersion = extractor;
        this.confidence = score;
        return this;
    }

    public Statement mentioning(Collection<Actor> actors) {
        mentionedActors.addAll(actors);
        return this;
    }

    public Statement about(Collection<Topic> subjects) {
        topics.addAll(subjects);
        return this;
    }

    /**
     * A statement the extractor missed, added by a librarian at {@code span} of the article's main
     * text; attribute, date and tag it with {@link #correct} or the builder methods.
     */
    public static Statement addedBy(Librarian librarian, Instant at, Article article, StatementKind kind, TextSpan span) {
        Objects.requireNonNull(librarian, "librarian");
        Objects.requireNonNull(at, "at");
        TextSpan content = requireContentSpan(article, span);
        refuseSecondCopy(article, content);
        Statement statement = article.addStatement(kind, content);
        statement.origin = StatementOrigin.LIBRARIAN;
        statement.status = StatementStatus.ADDED;
        statement.createdBy = librarian.name();
        statement.createdAt = at;
        return statement;
    }

    /**
     * The article already holds a statement of exactly this span, unless rejected: a second copy would be
     * counted twice in every figure (a double-submitted form added two).
     */
    private static void refuseSecondCopy(Article article, TextSpan span) {
        article.getStatements().stream()
                .filter(existing -> existing.span.equals(span) && existing.status != StatementStatus.REJECTED)
                .findFirst()
                .ifPresent(existing -> {
                    throw new CurationConflictException((existing.id == null ? "A statement" : "Statement " + existing.id)
                            + " already covers characters " + span.start() + "-" + span.end() + " of article "
                            + article.getId() + ": verify or correct it instead of adding it again");
                });
    }

    /** A librarian confirms the statement as it stands; a rejected statement is taken back into the archive. */
    public void verify(Librarian librarian, Instant at) {
        decided(librarian, at, StatementStatus.VERIFIED);
    }

    /**
     * A librarian sets what the statement should be. The content follows the span, which must lie
     * in the article's main text and hold more than white space. A date the librarian changes is
     * never inferred; a date left as it was stays inferred if it was, so that it still follows a
     * corrected publication date. A correction that changes nothing is no change: false, and
     * nothing is recorded.
     */
    public boolean correct(StatementCorrection correction, Librarian librarian, Instant at) {
        if (correction.equals(correction())) {
            return false;
        }
        TextSpan newSpan = requireContentSpan(article, correction.span());
        this.span = newSpan;
        this.content = article.getMainText().substring(newSpan.start(), newSpan.end());
        this.speakerMention = Text.blankToNull(correction.speakerMention());
        this.speaker = correction.speaker();
        this.cue = Text.blankToNull(correction.cue());
        if (!Objects.equals(correction.statementDate(), statementDate)) {
            this.statementDate = correction.statementDate();
            this.statementDateInferred = false;
        }
        this.mentionedActors.clear();
        this.mentionedActors.addAll(correction.mentionedActors());
        this.topics.clear();
        this.topics.addAll(correction.topics());
        decided(librarian, at, StatementStatus.CORRECTED);
        return true;
    }

    /** What the statement says now, as a correction to start from. */
    public StatementCorrection correction() {
        return new StatementCorrection(speakerMention, speaker, cue, span, statementDate, mentionedActors, topics);
    }

    /** A librarian rules this is not a statement; search leaves it out, and re-extraction never brings it back. */
    public void reject(Librarian librarian, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the statement is rejected");
        }
        decided(librarian, at, StatementStatus.REJECTED);
        this.rejectionReason = reason.strip();
    }

    /** True when a librarian added or decided about this statement: no machine may replace it. */
    public boolean isCurated() {
        return origin == StatementOrigin.LIBRARIAN || status.isCurated();
    }

    private void decided(Librarian librarian, Instant at, StatementStatus newStatus) {
        Objects.requireNonNull(librarian, "librarian");
        Objects.requireNonNull(at, "at");
        this.status = newStatus;
        this.curatedBy = librarian.name();
        this.curatedAt = at;
        this.rejectionReason = null;
    }

    /** The span, when it lies in the article's main text and holds text; else invalid input naming start or end. */
    public static TextSpan requireContentSpan(Article article, TextSpan span) {
        String text = article.getMainText();
        if (!span.fitsIn(text)) {
            throw new InvalidInputException("end", "The span " + span + " ends after the main text, which has "
                    + text.length() + " characters");
        }
        if (text.substring(span.start(), span.end()).isBlank()) {
            throw new InvalidInputException("start", "The span " + span + " holds no text");
        }
        return span;
    }

    /** Authority upkeep: the speaker becomes {@code to} when it was {@code from}; true when it changed. */
    public boolean replaceSpeaker(Actor from, Actor to) {
        if (speaker == null || !Actor.same(speaker, from)) {
            return false;
        }
        speaker = to;
        return true;
    }

    /** Authority upkeep (merge, split, unmerge): true when the actor was not mentioned before. */
    public boolean addMentionedActor(Actor actor) {
        return mentionedActors.add(Objects.requireNonNull(actor, "actor"));
    }

    /** Authority upkeep: true when the actor was mentioned. */
    public boolean removeMentionedActor(Actor actor) {
        return mentionedActors.remove(actor);
    }

    /** Taxonomy upkeep (topic merged or deleted): {@code from} gives way to {@code to}; true when it changed. */
    public boolean replaceTopic(Topic from, Topic to) {
        if (!topics.remove(from)) {
            return false;
        }
        topics.add(Objects.requireNonNull(to, "to"));
        return true;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public StatementKind getKind() {
        return kind;
    }

    public Optional<String> getSpeakerMention() {
        return Optional.ofNullable(speakerMention);
    }

    public Optional<Actor> getSpeaker() {
        return Optional.ofNullable(speaker);
    }

    public Optional<String> getCue() {
        return Optional.ofNullable(cue);
    }

    public String getContent() {
        return content;
    }

    public TextSpan getSpan() {
        return span;
    }

    public Optional<LocalDate> getStatementDate() {
        return Optional.ofNullable(statementDate);
    }

    public boolean isStatementDateInferred() {
        return statementDateInferred;
    }

    public double getConfidence() {
        return confidence;
    }

    public Optional<String> getExtractorVersion() {
        return Optional.ofNullable(extractorVersion);
    }

    public StatementStatus getStatus() {
        return status;
    }

    public StatementOrigin getOrigin() {
        return origin;
    }

    public Optional<String> getCreatedBy() {
        return Optional.ofNullable(createdBy);
    }

    public Optional<Instant> getCreatedAt() {
        return Optional.ofNullable(createdAt);
    }

    public Optional<String> getCuratedBy() {
        return Optional.ofNullable(curatedBy);
    }

    public Optional<Instant> getCuratedAt() {
        return Optional.ofNullable(curatedAt);
    }

    public Optional<String> getRejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    public Set<Actor> getMentionedActors() {
        return Collections.unmodifiableSet(mentionedActors);
    }

    /** The collections this record is a member of itself (see {@link #collections}). */
    public Set<org.dictum.domain.collection.Collection> getCollections() {
        return Collections.unmodifiableSet(collections);
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    @Override
    public String toString() {
        return "Statement[" + kind + " " + span + " by " + speakerMention + "]";
    }
}
