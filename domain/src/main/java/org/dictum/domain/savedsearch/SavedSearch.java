package org.dictum.domain.savedsearch;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.UserAccount;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A user's named search: the search as a canonical query string over statements or articles.
 * Invariants: a non-blank name of at most {@value #MAX_NAME_LENGTH} characters; once frozen, the
 * search keeps its persistent identifier, freeze date, name and ordered result ids forever (it is
 * cited by them), so it can be neither renamed, frozen again nor deleted. Audited.
 */
@Entity
@Audited
@Table(name = "saved_search")
public class SavedSearch {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_QUERY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 20)
    private Long id;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SearchTarget target;

    /** The search parameters in canonical order, URL-encoded: {@code q=missiles&actor=Russia&sort=newest}. */
    @Column(name = "query_string", nullable = false, length = MAX_QUERY_LENGTH)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The persistent identifier of the frozen search (a UUID); null until frozen. */
    @Column(name = "public_id", unique = true, length = 36)
    private String publicId;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    /** How many records matched when the search was frozen; the recorded ids may be fewer (the cap). */
    @Column(name = "frozen_total")
    private Long frozenTotal;

    /** The ids of the recorded results, in result order; never changes once frozen, so not audited row by row. */
    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "saved_search_result", joinColumns = @JoinColumn(name = "saved_search_id"))
    @OrderColumn(name = "result_rank")
    @Column(name = "record_id", nullable = false)
    private List<Long> frozenIds = new ArrayList<>();

    @Version
    private long version;

    protected SavedSearch() {
    }

    public SavedSearch(UserAccount owner, String name, SearchTarget target, String canonicalQuery, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = requireName(name);
        this.target = Objects.requireNonNull(target, "target");
        this.query = Objects.requireNonNull(canonicalQuery, "query");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "A saved search has at most " + MAX_QUERY_LENGTH + " characters of parameters");
        }
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        requireNotFrozen("renamed");
        this.name = requireName(newName);
    }

    /**
     * Records the result list as it is now and gives the search its persistent identifier.
     *
     * @param resultIds the matching records' ids in result order (at most the configured cap)
     * @param total     how many records matched, possibly more than were recorded
     */
    public void freeze(UUID identifier, Instant at, List<Long> resultIds, long total) {
        requireNotFrozen("frozen again");
        if (total < resultIds.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + resultIds.size() + " recorded results");
        }
        this.publicId = Objects.requireNonNull(identifier, "identifier").toString();
        this.frozenAt = Objects.requireNonNull(at, "at");
        this.frozenIds = new ArrayList<>(resultIds);
        this.frozenTotal = total;
    }

    /** Refuses deleting a frozen search: its permalink may be cited. */
    public void requireDeletable() {
        requireNotFrozen("deleted");
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public boolean isOwnedBy(String userName) {
        return owner.getName().equals(userName);
    }

    private void requireNotFrozen(String what) {
        if (isFrozen()) {
            throw new ConflictException("Saved search " + id + " is frozen (permalink " + publicId
                    + "): it is cited as it is and cannot be " + what);
        }
    }

    private static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("name", "A saved search needs a name");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "A saved search's name has at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public SearchTarget getTarget() {
        return target;
    }

    public String getQuery() {
        return query;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<String> getPublicId() {
        return Optional.ofNullable(publicId);
    }

    public Optional<Instant> getFrozenAt() {
        return Optional.ofNullable(frozenAt);
    }

    public long getFrozenTotal() {
        return frozenTotal == null ? 0 : frozenTotal;
    }

    /** The recorded result ids in order; empty unless frozen. */
    public List<Long> getFrozenIds() {
        return List.copyOf(frozenIds);
    }

    public long getVersion() {
        return version;
    }
}
