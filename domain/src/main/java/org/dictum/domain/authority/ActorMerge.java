package org.dictum.domain.authority;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dictum.domain.ConflictException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;

/**
 * One actor merged into another, with every link and name the merge moved (statements, articles, the
 * actors affiliated with it, the affiliation the survivor took over), so that an unmerge can put back
 * exactly those and nothing a librarian changed afterwards. Invariants: the merged actor is a
 * tombstone pointing to the survivor while the merge stands; an undone merge cannot be undone again.
 */
@Entity
@Table(name = "actor_merge")
public class ActorMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_merge_seq")
    @SequenceGenerator(name = "actor_merge_seq", sequenceName = "actor_merge_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merged_id", nullable = false)
    private Actor merged;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    private Actor survivor;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    /** Names of the merged actor that the survivor did not have before. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_merge_alias", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "alias", nullable = false, length = Actor.MAX_NAME_LENGTH)
    private Set<String> addedAliases = new TreeSet<>();

    /** Identifiers of the merged actor (Wikidata, VIAF, …) that the survivor did not have before. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_merge_identifier", joinColumns = @JoinColumn(name = "merge_id"))
    @Column(name = "identifier", nullable = false, length = ExternalIdentifier.MAX_LENGTH)
    private Set<String> addedIdentifiers = new TreeSet<>();

    @ManyToMany
    @JoinTable(name = "actor_merge_speaker", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<Statement> speakerMoved = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "actor_merge_mention_removed", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<Statement> mentionRemoved = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "actor_merge_mention_added", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "statement_id"))
    private Set<Statement> mentionAdded = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "actor_merge_article_removed", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    private Set<Article> articleRemoved = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "actor_merge_article_added", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    private Set<Article> articleAdded = new LinkedHashSet<>();

    /** Actors that spoke for the merged actor and now speak for the survivor. */
    @ManyToMany
    @JoinTable(name = "actor_merge_affiliate", joinColumns = @JoinColumn(name = "merge_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> affiliatesMoved = new LinkedHashSet<>();

    /** The merged actor's affiliation, which the survivor (having none) took over. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inherited_affiliation_id")
    private Actor inheritedAffiliation;

    /** The survivor was affiliated with the merged actor, which would have made it its own affiliation. */
    @Column(name = "survivor_affiliation_cleared", nullable = false)
    private boolean survivorAffiliationCleared;

    protected ActorMerge() {
    }

    private ActorMerge(Actor merged, Actor survivor, Instant at) {
        this.merged = merged;
        this.survivor = survivor;
        this.mergedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Merges {@code merged} into {@code survivor}: statements spoken by or mentioning the merged actor,
     * articles naming it and actors affiliated with it now lead to the survivor, its names become the
     * survivor's aliases and its identifiers the survivor's, a survivor without affiliation takes over the merged actor's, and the merged
     * actor stays as a tombstone pointing to the survivor. {@code statements}, {@code articles} and
     * {@code affiliates} must hold every record linked to the merged actor (more do no harm).
     */
    public static ActorMerge perform(Actor merged, Actor survivor, Collection<Statement> statements,
                                     Collection<Article> articles, Collection<Actor> affiliates, Instant at) {
        merged.markMergedInto(survivor);
        ActorMerge merge = new ActorMerge(merged, survivor, at);
        Set<String> survivorNames = survivor.allNames();
        for (String name : merged.allNames()) {
            if (!survivorNames.contains(name)) {
                survivor.addAlias(name);
                merge.addedAliases.add(name);
            }
        }
        for (ExternalIdentifier identifier : merged.getIdentifiers()) {
            if (survivor.addIdentifier(identifier)) {
                merge.addedIdentifiers.add(identifier.toString());
            }
        }
        for (Statement statement : statements) {
            if (statement.replaceSpeaker(merged, survivor)) {
                merge.speakerMoved.add(statement);
            }
            if (statement.removeMentionedActor(merged)) {
                merge.mentionRemoved.add(statement);
                if (statement.addMentionedActor(survivor)) {
                    merge.mentionAdded.add(statement);
                }
            }
        }
        for (Article article : articles) {
            if (article.removeActor(merged)) {
                merge.articleRemoved.add(article);
                if (article.addActor(survivor)) {
                    merge.articleAdded.add(article);
                }
            }
        }
        merge.moveAffiliations(affiliates);
        return merge;
    }

    private void moveAffiliations(Collection<Actor> affiliates) {
        for (Actor affiliate : affiliates) {
            if (!Actor.same(affiliate, survivor) && affiliate.isAffiliatedWith(merged)) {
                affiliate.affiliateWith(survivor);
                affiliatesMoved.add(affiliate);
            }
        }
        if (survivor.isAffiliatedWith(merged)) {
            survivor.clearAffiliation();
            survivorAffiliationCleared = true;
        }
        if (survivor.getAffiliation().isEmpty()) {
            merged.getAffiliation().filter(affiliation -> !Actor.same(affiliation, survivor)).ifPresent(affiliation -> {
                survivor.affiliateWith(affiliation);
                inheritedAffiliation = affiliation;
            });
        }
    }

    private void restoreAffiliations() {
        if (inheritedAffiliation != null && survivor.isAffiliatedWith(inheritedAffiliation)) {
            survivor.clearAffiliation();
        }
        if (survivorAffiliationCleared && survivor.getAffiliation().isEmpty()) {
            survivor.affiliateWith(merged);
        }
        for (Actor affiliate : affiliatesMoved) {
            if (affiliate.isAffiliatedWith(survivor)) {
                affiliate.affiliateWith(merged);
            }
        }
    }

    /**
     * Unmerges: the merged actor lives again with its own names, and the links this merge moved go
     * back to it. A link a librarian changed since (a statement given another speaker, an actor given
     * another affiliation) stays as it is.
     */
    public void undo(Instant at) {
        if (undoneAt != null) {
            throw new ConflictException("The merge of '" + merged.getCanonicalName() + "' into '"
                    + survivor.getCanonicalName() + "' was already undone");
        }
        if (survivor.isMerged()) {
            throw new ConflictException("'" + survivor.getCanonicalName() + "' was merged into '"
                    + survivor.getMergedInto().orElseThrow().getCanonicalName() + "' since: unmerge that first");
        }
        merged.clearMerge();
        addedAliases.forEach(survivor::removeAlias);
        survivor.getIdentifiers().stream().filter(identifier -> addedIdentifiers.contains(identifier.toString()))
                .forEach(survivor::removeIdentifier);
        speakerMoved.forEach(statement -> statement.replaceSpeaker(survivor, merged));
        for (Statement statement : mentionRemoved) {
            statement.addMentionedActor(merged);
            if (mentionAdded.contains(statement)) {
                statement.removeMentionedActor(survivor);
            }
        }
        for (Article article : articleRemoved) {
            article.addActor(merged);
            if (articleAdded.contains(article)) {
                article.removeActor(survivor);
            }
        }
        restoreAffiliations();
        undoneAt = Objects.requireNonNull(at, "at");
    }

    /** Every statement whose links this merge changed. */
    public Set<Statement> affectedStatements() {
        Set<Statement> affected = new LinkedHashSet<>(speakerMoved);
        affected.addAll(mentionRemoved);
        return affected;
    }

    public Set<Article> affectedArticles() {
        return Collections.unmodifiableSet(articleRemoved);
    }

    public Long getId() {
        return id;
    }

    public Actor getMerged() {
        return merged;
    }

    public Actor getSurvivor() {
        return survivor;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public Optional<Instant> getUndoneAt() {
        return Optional.ofNullable(undoneAt);
    }

    public Set<String> getAddedAliases() {
        return Collections.unmodifiableSet(addedAliases);
    }

    /** Actors whose affiliation this merge moved to the survivor. */
    public Set<Actor> getMovedAffiliates() {
        return Collections.unmodifiableSet(affiliatesMoved);
    }

    public int movedStatementCount() {
        return affectedStatements().size();
    }
}
