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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.article.Article;
import org.dictum.domain.topic.Topic;
import org.hibernate.envers.Audited;

/**
 * One speech event in an article: who said what, with which cue, when. Invariants: it belongs to
 * exactly one article; its span lies inside that article's main text and its content is that span's
 * text; its confidence is in [0, 1]. Audited: every change is kept with who made it and why.
 */
@Entity
@Audited
@Table(name = "statement")
@NamedEntityGraph(name = Statement.HIT_GRAPH, attributeNodes = @NamedAttributeNode("speaker"))
public class Statement {

    /** The associations a statement shown as a search hit needs: loaded with it. */
    public static final String HIT_GRAPH = "Statement.hit";

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
    @Column(name = "speaker_mention", length = 500)
    private String speakerMention;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @Column(length = 100)
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

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    public Set<Actor> getMentionedActors() {
        return Collections.unmodifiableSet(mentionedActors);
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    @Override
    public String toString() {
        return "Statement[" + kind + " " + span + " by " + speakerMention + "]";
    }
}
