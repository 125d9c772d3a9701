package org.dictum.domain.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.hibernate.envers.Audited;

/**
 * A named set of articles and statements that a librarian curates, with a description, public or
 * private to its owner (and the librarians). Invariants: the slug is URL-safe, unique and never
 * changes; the title is non-blank; the owner is set; {@code updatedAt} is never before
 * {@code createdAt}. A statement belongs to the collection when it is a member or its article is.
 * Audited with its membership: the history shows members added and removed.
 */
@Entity
@Audited
@Table(name = "collection")
public class Collection {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_OWNER_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_seq")
    @SequenceGenerator(name = "collection_seq", sequenceName = "collection_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = CollectionSlug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(nullable = false, length = MAX_OWNER_LENGTH)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "collection_article",
            joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    private Set<Article> articles = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "collection_statement",
            joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<Statement> statements = new LinkedHashSet<>();

    @Version
    private long version;

    protected Collection() {
    }

    public Collection(CollectionSlug slug, String title, String description, Visibility visibility, String owner,
                      Instant createdAt) {
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.title = requireTitle(title);
        this.description = checkDescription(description);
        this.visibility = requireVisibility(visibility);
        this.owner = requireOwner(owner);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = createdAt;
    }

    /** Gives the collection a new title and description (null or blank clears the description). */
    public void describe(String newTitle, String newDescription, Instant at) {
        String checkedTitle = requireTitle(newTitle);
        String checkedDescription = checkDescription(newDescription);
        this.title = checkedTitle;
        this.description = checkedDescription;
        touch(at);
    }

    /** Shows the collection to everyone who may read the archive. */
    public void makePublic(Instant at) {
        changeVisibility(Visibility.PUBLIC, at);
    }

    /** Hides the collection from everyone but its owner and the librarians. */
    public void makePrivate(Instant at) {
        changeVisibility(Visibility.PRIVATE, at);
    }

    public void changeVisibility(Visibility newVisibility, Instant at) {
        Visibility checked = requireVisibility(newVisibility);
        if (checked != visibility) {
            visibility = checked;
            touch(at);
        }
    }

    /** Adds articles; answers those that were not members before. */
    public List<Article> addArticles(Iterable<Article> added, Instant at) {
        return changed(at, changeMembers(articles, added, true));
    }

    /** Removes articles; answers those that were members. */
    public List<Article> removeArticles(Iterable<Article> removed, Instant at) {
        return changed(at, changeMembers(articles, removed, false));
    }

    /** Adds statements; answers those that were not members before. */
    public List<Statement> addStatements(Iterable<Statement> added, Instant at) {
        return changed(at, changeMembers(statements, added, true));
    }

    /** Removes statements; answers those that were members. */
    public List<Statement> removeStatements(Iterable<Statement> removed, Instant at) {
        return changed(at, changeMembers(statements, removed, false));
    }

    /** True when the article is a member. */
    public boolean contains(Article article) {
        return articles.contains(article);
    }

    /** True when the statement belongs to the collection: it is a member, or its article is. */
    public boolean contains(Statement statement) {
        return statements.contains(statement) || articles.contains(statement.getArticle());
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public boolean isOwnedBy(String userName) {
        return userName != null && owner.equals(userName.strip());
    }

    /**
     * Whether a reader sees the collection: a public one everybody, a private one its owner and
     * the librarians (administrators included).
     *
     * @param userName  the reader's user name, null for an anonymous visitor
     * @param librarian whether the reader is at least a librarian
     */
    public boolean isVisibleTo(String userName, boolean librarian) {
        return visibleTo(visibility, owner, userName, librarian);
    }

    /** The rule of {@link #isVisibleTo}, also for what remains of a deleted collection. */
    static boolean visibleTo(Visibility visibility, String owner, String userName, boolean librarian) {
        return visibility == Visibility.PUBLIC || librarian || userName != null && owner.equals(userName.strip());
    }

    private static <T> List<T> changeMembers(Set<T> members, Iterable<T> changes, boolean add) {
        Objects.requireNonNull(changes, "members");
        List<T> changed = new ArrayList<>();
        for (T member : changes) {
            Objects.requireNonNull(member, "member");
            if (add ? members.add(member) : members.remove(member)) {
                changed.add(member);
            }
        }
        return List.copyOf(changed);
    }

    private <T> List<T> changed(Instant at, List<T> changed) {
        if (!changed.isEmpty()) {
            touch(at);
        }
        return changed;
    }

    private void touch(Instant at) {
        Objects.requireNonNull(at, "at");
        updatedAt = at.isBefore(createdAt) ? createdAt : at;
    }

    private static String requireTitle(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("title", "A collection needs a title");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "A collection title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        return stripped;
    }

    private static String checkDescription(String value) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidInputException("description", "A collection description has at most "
                    + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return stripped;
    }

    private static Visibility requireVisibility(Visibility value) {
        if (value == null) {
            throw new InvalidInputException("visibility", "A collection is public or private");
        }
        return value;
    }

    private static String requireOwner(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("owner", "A collection needs an owner");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_OWNER_LENGTH) {
            throw new InvalidInputException("owner", "An owner name has at most " + MAX_OWNER_LENGTH + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public CollectionSlug getSlug() {
        return new CollectionSlug(slug);
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The member articles (not the articles of member statements). */
    public Set<Article> getArticles() {
        return Collections.unmodifiableSet(articles);
    }

    /** The statements that are members themselves (not those that belong through their article). */
    public Set<Statement> getStatements() {
        return Collections.unmodifiableSet(statements);
    }

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Collection[" + slug + "]";
    }
}
