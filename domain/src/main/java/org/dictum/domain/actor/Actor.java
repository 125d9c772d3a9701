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
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;
import org.hibernate.envers.Audited;

/**
 * An entry of the actor authority. Invariants: the canonical name is non-blank, in Unicode NFC, and unique; an alias
 * never equals the canonical name; an actor is never its own affiliation; the status is never null and only
 * goes from proposed to confirmed. A merged actor is a tombstone pointing to its survivor (never to
 * itself, never to another tombstone) and takes no edits until it is unmerged. Audited: every change is
 * kept with who made it and why.
 */
@Entity
@Audited
@Table(name = "actor")
public class Actor {

    public static final int MAX_NAME_LENGTH = 300;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");
    /** The officially assigned codes ("JJ", "XX" and the reserved "UK" are not countries). */
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

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

    /** ISO 3166-1 alpha-2 code of the country the actor belongs to, e.g. {@code RU}. */
    @Column(length = 2)
    private String country;

    /**
     * The actor in authority files (Wikidata, VIAF, ISNI, GND, ORCID, LCNAF), each as {@code scheme:value}
     * ({@link ExternalIdentifier#toString()}): plain strings keep the audit trail as simple as the aliases'.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_identifier", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "identifier", nullable = false, length = ExternalIdentifier.MAX_LENGTH)
    private Set<String> identifiers = new TreeSet<>();

    /** Set while this actor is merged into another one: old links to it resolve to the survivor. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Actor mergedInto;

    @Version
    private long version;

    protected Actor() {
    }

    /** A confirmed actor, as curated by librarians or the gazetteer. */
    public Actor(String canonicalName, ActorType type) {
        this(canonicalName, type, ActorStatus.CONFIRMED);
    }

    public Actor(String canonicalName, ActorType type, ActorStatus status) {
        this.canonicalName = requireName(canonicalName, "canonicalName");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A proposed actor, as found by extraction, waiting for a librarian. */
    public static Actor proposed(String canonicalName, ActorType type) {
        return new Actor(canonicalName, type, ActorStatus.PROPOSED);
    }

    /** A librarian vouches for this actor; confirming a confirmed actor changes nothing. */
    public void confirm() {
        requireLive();
        this.status = ActorStatus.CONFIRMED;
    }

    /** Changes the canonical name; the old one stays an alias, so that texts using it still find this actor. */
    public void rename(String newName) {
        requireLive();
        String renamed = requireName(newName, "canonicalName");
        if (renamed.equals(canonicalName)) {
            return;
        }
        aliases.remove(renamed);
        aliases.add(canonicalName);
        canonicalName = renamed;
    }

    public void addAlias(String alias) {
        String name = requireName(alias, "alias");
        if (!name.equals(canonicalName)) {
            aliases.add(name);
        }
    }

    /** Removes an alias; true when it was one. */
    public boolean removeAlias(String alias) {
        requireLive();
        String name = normalName(alias);
        return name != null && aliases.remove(name);
    }

    public void classifyAs(ActorType newType) {
        requireLive();
        this.type = Objects.requireNonNull(newType, "type");
    }

    /** Sets or clears (null or blank) the country, an ISO 3166-1 alpha-2 code in any case. */
    public void locateIn(String countryCode) {
        requireLive();
        String code = Text.blankToNull(countryCode);
        if (code != null && !(COUNTRY_CODE.matcher(code).matches() && ISO_COUNTRIES.contains(code.toUpperCase(Locale.ROOT)))) {
            throw new InvalidInputException("country", "A country is an ISO 3166-1 alpha-2 code such as 'RU', not '" + code + "'"
                    + (code.equalsIgnoreCase("UK") ? " (the United Kingdom is 'GB')" : ""));
        }
        this.country = code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** Replaces the actor's identifiers in authority files with these (none: clears them). */
    public void identifyAs(Collection<ExternalIdentifier> newIdentifiers) {
        requireLive();
        Set<String> wanted = newIdentifiers.stream().map(ExternalIdentifier::toString).collect(Collectors.toCollection(TreeSet::new));
        // Only the differences: clearing and refilling marked the collection changed, so saving the same
        // details raised the version without a revision, and other librarians got 409s with nothing to see.
        identifiers.retainAll(wanted);
        identifiers.addAll(wanted);
    }

    /** Adds an identifier (a merge gives the survivor the merged actor's); true when it is new. */
    public boolean addIdentifier(ExternalIdentifier identifier) {
        return identifiers.add(Objects.requireNonNull(identifier, "identifier").toString());
    }

    /** Removes an identifier (an unmerge takes back what the merge added); true when the actor had it. */
    public boolean removeIdentifier(ExternalIdentifier identifier) {
        return identifier != null && identifiers.remove(identifier.toString());
    }

    /**
     * Makes this actor a tombstone pointing to {@code survivor}. Moving its statements and names is
     * the merge's work ({@code ActorMerge}); this only guards who may merge into whom.
     */
    public void markMergedInto(Actor survivor) {
        Objects.requireNonNull(survivor, "survivor");
        if (same(survivor, this)) {
            throw new InvalidInputException("into", "An actor cannot be merged into itself");
        }
        requireLive();
        // Through getters: the survivor may be a lazy proxy, whose fields are never filled.
        if (survivor.isMerged()) {
            throw new ConflictException("Actor '" + survivor.getCanonicalName() + "' was itself merged into '"
                    + survivor.resolved().getCanonicalName() + "': merge into that one");
        }
        this.mergedInto = survivor;
    }

    /** Brings a tombstone back to life (unmerge). */
    public void clearMerge() {
        this.mergedInto = null;
    }

    /** This actor, or the survivor it was merged into (following later merges of the survivor): where links to it lead. */
    public Actor resolved() {
        Actor current = this;
        while (current.getMergedInto().isPresent()) {
            current = current.getMergedInto().get();
        }
        return current;
    }

    /**
     * Whether two references denote the same actor: the same object, or (for a stored actor met once
     * as a lazy proxy and once as itself) the same id.
     */
    public static boolean same(Actor one, Actor other) {
        if (one == other) {
            return true;
        }
        return one != null && other != null && one.getId() != null && one.getId().equals(other.getId());
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** The canonical name and every alias. */
    public Set<String> allNames() {
        Set<String> names = new TreeSet<>(aliases);
        names.add(canonicalName);
        return names;
    }

    private void requireLive() {
        if (mergedInto != null) {
            throw editOfTombstone();
        }
    }

    /**
     * Why this tombstone takes no edits, naming the live actor its links lead to: its survivor may have been merged
     * into a third actor since, and sending the librarian to another tombstone would only earn the same refusal.
     */
    public ConflictException editOfTombstone() {
        Actor survivor = getMergedInto().orElseThrow();
        Actor live = resolved();
        String since = same(live, survivor) ? "" : ", itself merged into '" + live.getCanonicalName() + "' since";
        return new ConflictException("Actor '" + getCanonicalName() + "' was merged into '" + survivor.getCanonicalName()
                + "'" + since + ": edit '" + live.getCanonicalName() + "', or unmerge first");
    }

    /**
     * A name as the authority stores and compares it: without surrounding white space, each run of white space inside
     * it as one space, in Unicode NFC (null or blank: null). Lookups by name take it through this too, so that a
     * decomposed "Mu\u0308ller" finds "Müller" and "Joe  Biden" finds "Joe Biden".
     */
    public static String normalName(String value) {
        return Text.nfc(Text.blankToNull(Text.collapseWhitespace(value)));
    }

    /** Whether {@code value} can be an actor's name or alias: not blank and at most {@value #MAX_NAME_LENGTH} characters. */
    public static boolean isPossibleName(String value) {
        String name = normalName(value);
        return name != null && name.length() <= MAX_NAME_LENGTH;
    }

    /** Whether {@code name} is one of this actor's names but for case (and Unicode normalization). */
    public boolean isCalledIgnoringCase(String name) {
        String wanted = normalName(name);
        return wanted != null && allNames().stream().anyMatch(own -> own.equalsIgnoreCase(wanted));
    }

    private static String requireName(String value, String field) {
        String name = normalName(value);
        if (name == null) {
            throw new InvalidInputException(field, "An actor's " + (field.equals("alias") ? "alias" : "name") + " must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(field, "An actor's names have at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    /** Sets the organisation or country this actor speaks for (an anonymous source "affiliated with United States"). */
    public void affiliateWith(Actor organisationOrCountry) {
        Objects.requireNonNull(organisationOrCountry, "organisationOrCountry");
        if (same(organisationOrCountry, this)) {
            throw new IllegalArgumentException("An actor cannot be affiliated with itself");
        }
        this.affiliation = organisationOrCountry;
    }

    /** The actor no longer speaks for any organisation or country. */
    public void clearAffiliation() {
        this.affiliation = null;
    }

    /** Whether this actor speaks for {@code organisationOrCountry}. */
    public boolean isAffiliatedWith(Actor organisationOrCountry) {
        return affiliation != null && same(getAffiliation().orElseThrow(), organisationOrCountry);
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

    public Optional<String> getCountry() {
        return Optional.ofNullable(country);
    }

    /** The identifiers in authority files, by scheme and value. */
    public Set<ExternalIdentifier> getIdentifiers() {
        return identifiers.stream().map(ExternalIdentifier::stored).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The actor's Wikidata item (the first, should it have several), e.g. {@code Q7747}. */
    public Optional<String> getWikidataId() {
        return getIdentifiers().stream().filter(id -> id.getScheme() == IdentifierScheme.WIKIDATA).map(ExternalIdentifier::getValue)
                .sorted().findFirst();
    }

    /** The survivor, while this actor is merged into it. */
    public Optional<Actor> getMergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public ActorStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "Actor[" + canonicalName + ", " + type + ", " + status + "]";
    }
}
