package org.dictum.domain.actor;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.domain.Text;
import org.hibernate.envers.Audited;

/**
 * An entry of the actor authority. Invariants: the canonical name is non-blank and unique; an alias
 * never equals the canonical name; an actor is never its own affiliation; the status is never null and only
 * goes from proposed to confirmed. Audited: every change is kept with who made it and why.
 */
@Entity
@Audited
@Table(name = "actor")
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 20)
    private Long id;

    @Column(name = "canonical_name", nullable = false, unique = true, length = 300)
    private String canonicalName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActorType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new TreeSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    private Actor affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActorStatus status = ActorStatus.CONFIRMED;

    @Version
    private long version;

    protected Actor() {
    }

    /** A confirmed actor, as curated by librarians or the gazetteer. */
    public Actor(String canonicalName, ActorType type) {
        this(canonicalName, type, ActorStatus.CONFIRMED);
    }

    public Actor(String canonicalName, ActorType type, ActorStatus status) {
        this.canonicalName = Text.requireNonBlank(canonicalName, "An actor's canonical name");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A proposed actor, as found by extraction, waiting for a librarian. */
    public static Actor proposed(String canonicalName, ActorType type) {
        return new Actor(canonicalName, type, ActorStatus.PROPOSED);
    }

    /** A librarian vouches for this actor; confirming a confirmed actor changes nothing. */
    public void confirm() {
        this.status = ActorStatus.CONFIRMED;
    }

    public void addAlias(String alias) {
        String name = Text.requireNonBlank(alias, "An alias");
        if (!name.equals(canonicalName)) {
            aliases.add(name);
        }
    }

    public void affiliateWith(Actor organisationOrCountry) {
        if (organisationOrCountry == this) {
            throw new IllegalArgumentException("An actor cannot be affiliated with itself");
        }
        this.affiliation = organisationOrCountry;
    }


    public Long getId() {
        return id;
    }

    public String getCanonicalName() {
        return canonicalName;
    }

    public ActorType getType() {
        return type;
    }

    public Set<String> getAliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public Optional<Actor> getAffiliation() {
        return Optional.ofNullable(affiliation);
    }

    /** Incremented by every committed change; a writer states the version it read (optimistic locking). */
    public long getVersion() {
        return version;
    }

    public ActorStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "Actor[" + canonicalName + ", " + type + ", " + status + "]";
    }
}
