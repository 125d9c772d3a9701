package org.dictum.domain.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;
import org.dictum.domain.curation.CurationConflictException;
import org.dictum.domain.curation.Librarian;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.StatementStatus;
import org.dictum.domain.statement.TextSpan;
import org.dictum.domain.topic.Topic;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An archived news article. Invariants: the original is kept unchanged and its SHA-256 fixity
 * always matches it; the main text is derived from the original; every statement's span lies
 * inside the main text. Audited: metadata, topics and actors have a history; the original and the
 * main text never change, and statements have histories of their own. A withdrawn article stays
 * in the archive as a tombstone with who withdrew it, when and why; search leaves it and its
 * statements out until it is restored. {@code modifiedAt} is the instant of the last committed change
 * of the record itself (metadata, topics, actors, withdrawal) or of the public collections (OAI-PMH sets) it is in:
 * harvesters select by it.
 */
@Entity
@Audited
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 20)
    private Long id;

    @Column(length = 2048)
    private String url;

    @Column(length = 1000)
    private String title;

    @Column(length = 500)
    private String byline;

    @Column(name = "published_at")
    private Instant publishedAt;

    /**
     * The UTC offset, in seconds, that the publication time was given with ("23:30-05:00"): the publication day
     * that relative dates resolve against is the day there. Null for archives older than the column: UTC.
     */
    @Column(name = "published_offset_seconds")
    private Integer publishedOffsetSeconds;

    /** ISO 639-1 code, e.g. {@code en}. */
    @Column(length = 16)
    private String language;

    /** Sources are shared, append-only rows: the history records which one, not its state. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    @NotAudited
    @Column(name = "original_content", nullable = false)
    private String originalContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 20)
    private ContentType contentType;

    @NotAudited
    @Column(name = "main_text", nullable = false)
    private String mainText;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @ManyToMany
    @JoinTable(name = "article_topic",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_actor",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> actors = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("span.start")
    private List<Statement> statements = new ArrayList<>();

    /**
     * The collections that hold this article as a member: the read-only mirror of
     * {@link org.dictum.domain.collection.Collection}'s membership, which owns and audits it. Read for the
     * search index; the collection service reindexes members when membership changes.
     */
    @NotAudited
    @ManyToMany(mappedBy = "articles")
    private Set<org.dictum.domain.collection.Collection> collections = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    /** Not audited: every revision changes it, the history would only repeat the revision time. */
    @NotAudited
    @OptimisticLock(excluded = true) // follows a change; never a change of its own that editors could conflict on
    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;
    /**
     * The id of the origin (earliest copy) of the story this article is a copy of; its own id when
     * it is the origin, null until grouped. Derived by story grouping, so not audited.
     */
    @NotAudited
    @OptimisticLock(excluded = true) // a new copy of the story elsewhere is no edit of this article: no 409 for its editors
    @Column(name = "story_id")
    private Long storyId;

    protected Article() {
    }

    public Article(String originalContent, ContentType contentType, String mainText, Instant ingestedAt) {
        this.originalContent = Objects.requireNonNull(originalContent, "originalContent");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.mainText = Objects.requireNonNull(mainText, "mainText");
        this.ingestedAt = Objects.requireNonNull(ingestedAt, "ingestedAt");
        this.sha256 = Fixity.sha256(originalContent);
    }

    public Article describedAs(String newTitle, String newByline, String newUrl) {
        this.title = Text.blankToNull(newTitle);
        this.byline = Text.blankToNull(newByline);
        this.url = Text.blankToNull(newUrl);
        return this;
    }

    /** {@code when} keeps the offset it was given with; null when the date is unknown. */
    public Article publishedBy(Source publisher, OffsetDateTime when, String languageCode) {
        this.source = publisher;
        if (!Objects.equals(when, getPublicationTime().orElse(null))) { // an archive older than the offset keeps null
            this.publishedAt = when == null ? null : when.toInstant();
            this.publishedOffsetSeconds = when == null ? null : when.getOffset().getTotalSeconds();
        }
        this.language = MetadataRules.canonicalLanguageTag(languageCode);
        return this;
    }

    public Article about(Collection<Topic> subjects) {
        topics.addAll(subjects);
        return this;
    }

    /** Authority upkeep (merge, split, unmerge): true when the actor was not named before. */
    public boolean addActor(Actor actor) {
        return actors.add(Objects.requireNonNull(actor, "actor"));
    }

    /** Authority upkeep: true when the actor was named. */
    public boolean removeActor(Actor actor) {
        return actors.remove(actor);
    }

    /** Taxonomy upkeep (topic merged or deleted): {@code from} gives way to {@code to}; true when it changed. */
    public boolean replaceTopic(Topic from, Topic to) {
        if (!topics.remove(from)) {
            return false;
        }
        topics.add(Objects.requireNonNull(to, "to"));
        return true;
    }

    public Article naming(Collection<Actor> namedActors) {
        actors.addAll(namedActors);
        return this;
    }

    /** Adds a statement whose content is the text of {@code span} in the main text. */
    public Statement addStatement(StatementKind kind, TextSpan span) {
        if (!span.fitsIn(mainText)) {
            throw new IllegalArgumentException("Span " + span + " lies outside the main text of "
                    + mainText.length() + " characters");
        }
        Statement statement = new Statement(this, kind, span, mainText.substring(span.start(), span.end()));
        statements.add(statement);
        return statement;
    }

    /**
     * A librarian corrects the descriptive metadata; null or blank clears a field. The original,
     * and therefore the fixity, stay as they are.
     */
    public void correctMetadata(ArticleMetadata metadata) {
        describedAs(metadata.title(), byline, metadata.url());
        publishedBy(metadata.source(), metadata.publishedAt(), metadata.language());
    }

    /** The metadata a librarian may correct, as they are now. */
    public ArticleMetadata metadata() {
        return new ArticleMetadata(title, url, source, getPublicationTime().orElse(null), language);
    }

    /** Removes a statement from the article (and, with the article saved, from the archive). */
    public void removeStatement(Statement statement) {
        if (statement.getArticle() != this || !statements.remove(statement)) {
            throw new IllegalArgumentException(statement + " is not a statement of " + this);
        }
    }

    /** A librarian takes the article out of search; the record, its statements and the reason stay. */
    public void withdraw(Librarian librarian, String reason, Instant at) {
        Objects.requireNonNull(librarian, "librarian");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the article is withdrawn");
        }
        if (isWithdrawn()) {
            throw new CurationConflictException("Article " + id + " is already withdrawn (by " + withdrawnBy + " on "
                    + withdrawnAt + "): restore it first to withdraw it again with another reason");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = librarian.name();
        this.withdrawalReason = reason.strip();
    }

    /** A librarian puts a withdrawn article back into search. */
    public void restore(Librarian librarian) {
        Objects.requireNonNull(librarian, "librarian");
        if (!isWithdrawn()) {
            throw new CurationConflictException("Article " + id + " is not withdrawn: there is nothing to restore");
        }
        this.withdrawnAt = null;
        this.withdrawnBy = null;
        this.withdrawalReason = null;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Optional<Instant> getWithdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<String> getWithdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }

    public Optional<String> getWithdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    /**
     * Hibernate calls this before inserting the row and before every update of it, including one
     * caused only by a changed topic or actor list (those collections belong to the article and
     * raise its version). Microseconds: what both supported databases store.
     */
    @PrePersist
    @PreUpdate
    void recordModification() {
        modifiedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** When the record itself last changed (see the class comment); null only before it is first saved. */
    public Instant getModifiedAt() {
        return modifiedAt;
    }

    /** True when the stored original still hashes to the recorded fixity value. */
    public boolean isIntact() {
        return Fixity.sha256(originalContent).equals(sha256);
    }


    /**
     * Makes this article a copy of the story whose origin has this id (itself when it is the origin).
     *
     * @return whether its story changed
     */
    public boolean joinStory(long originId) {
        if (storyId != null && storyId == originId) {
            return false;
        }
        storyId = originId;
        return true;
    }

    /** The id of its story's origin; its own id when it has not been grouped (yet). */
    public Long getStoryId() {
        return storyId != null ? storyId : id;
    }

    /** Whether it is its story's origin, or not a copy of anything archived. */
    public boolean isStoryOrigin() {
        return storyId == null || storyId.equals(id);
    }

    public Long getId() {
        return id;
    }

    public Optional<String> getUrl() {
        return Optional.ofNullable(url);
    }

    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<String> getByline() {
        return Optional.ofNullable(byline);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** The publication time at the offset it was given with (UTC when it had none); empty without a date. */
    public Optional<OffsetDateTime> getPublicationTime() {
        ZoneOffset offset = publishedOffsetSeconds == null ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(publishedOffsetSeconds);
        return getPublishedAt().map(at -> at.atOffset(offset));
    }

    /** The day of publication where it was published, against which "said Saturday" is resolved; empty without a date. */
    public Optional<LocalDate> getPublicationDay() {
        return getPublicationTime().map(OffsetDateTime::toLocalDate);
    }

    public Optional<String> getLanguage() {
        return Optional.ofNullable(language);
    }

    public Optional<Source> getSource() {
        return Optional.ofNullable(source);
    }

    public String getOriginalContent() {
        return originalContent;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public String getMainText() {
        return mainText;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Set<Actor> getActors() {
        return Collections.unmodifiableSet(actors);
    }

    public List<Statement> getStatements() {
        return Collections.unmodifiableList(statements);
    }

    /** How many of its statements are not rejected: the ones search finds, lists and exports. */
    public long countStatementsNotRejected() {
        return statements.stream().filter(s -> s.getStatus() != StatementStatus.REJECTED).count();
    }

    /** The collections this record is a member of itself (see {@link #collections}). */
    public Set<org.dictum.domain.collection.Collection> getCollections() {
        return Collections.unmodifiableSet(collections);
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + title + "]";
    }
}
