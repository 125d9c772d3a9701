package org.dictum.search.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dictum.domain.ConflictException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.StaleVersionException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.Actor;
import org.dictum.domain.actor.ActorRepository;
import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.domain.actor.ExternalIdentifier;
import org.dictum.domain.article.Article;
import org.dictum.domain.authority.ActorMerge;
import org.dictum.domain.authority.ActorSplit;
import org.dictum.domain.authority.AuthorityRecords;
import org.dictum.domain.statement.Statement;

/**
 * The actor authority as librarians curate it. Every change applies only to the version the
 * librarian read (when they say which), refuses names that would lead ingestion to two actors or that
 * recase a confirmed actor's name ({@link #requireFreeName}), and reindexes the statements and articles
 * that show the actor's name.
 */
@ApplicationScoped
public class ActorAuthority {

    @Inject
    ActorRepository actors;

    @Inject
    AuthorityRecords records;

    @Inject
    SearchReindexing reindexing;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ActorPage list(ActorFilter filter, int offset, int limit) {
        List<ActorEntry> page = actors.search(filter, offset, limit).stream().map(ActorEntry::of).toList();
        return new ActorPage(actors.count(filter), offset, limit, page);
    }

    @Transactional
    public ActorEntry get(long id) {
        return ActorEntry.of(find(id));
    }

    /** The first {@code limit} statements spoken by or mentioning actor {@code id}: what a split chooses from. */
    @Transactional
    public List<ActorStatement> statementsOf(long id, int limit) {
        Actor actor = find(id);
        return records.statementsInvolving(actor, 0, limit).stream().map(s -> ActorStatement.of(s, actor)).toList();
    }

    @Transactional
    public ActorEntry create(String canonicalName, ActorType type, Collection<String> aliases, ActorDetails details) {
        Actor actor = new Actor(canonicalName, type == null ? ActorType.OTHER : type);
        for (String alias : aliases) {
            actor.addAlias(alias);
        }
        requireFreeNames(actor, null);
        actor.locateIn(details.country());
        identify(actor, details);
        return written(actors.add(actor));
    }

    @Transactional
    public ActorEntry rename(long id, Long readVersion, String newName) {
        Actor actor = current(id, readVersion);
        String name = Actor.normalName(newName);
        if (name != null) {
            requireFreeName(name, true, actor);
        }
        return changeShownName(actor, a -> a.rename(name));
    }

    @Transactional
    public ActorEntry addAlias(long id, Long readVersion, String alias) {
        Actor actor = current(id, readVersion);
        actor.addAlias(alias);
        requireFreeName(Actor.normalName(alias), false, actor);
        return written(actor);
    }

    @Transactional
    public ActorEntry removeAlias(long id, Long readVersion, String alias) {
        Actor actor = current(id, readVersion);
        if (!actor.removeAlias(alias)) {
            throw new UnknownEntityException("Alias of actor " + id, alias);
        }
        return written(actor);
    }

    @Transactional
    public ActorEntry describe(long id, Long readVersion, ActorDetails details) {
        Actor actor = current(id, readVersion);
        boolean retyped = details.type() != null && details.type() != actor.getType();
        if (retyped) {
            actor.classifyAs(details.type());
        }
        actor.locateIn(details.country());
        identify(actor, details);
        ActorEntry described = written(actor);
        if (retyped) {
            // Statement hits show their speaker's type from the index.
            reindexing.reindex(records.statementIdsInvolving(actor), List.of());
        }
        return described;
    }

    /**
     * Sets the organisation or country actor {@code id} speaks for ({@code null}: none). A tombstone
     * cannot be one: links to it lead to its survivor.
     */
    @Transactional
    public ActorEntry affiliate(long id, Long readVersion, Long affiliationId) {
        Actor actor = current(id, readVersion);
        if (affiliationId == null) {
            actor.clearAffiliation();
            return written(actor);
        }
        if (affiliationId == id) {
            throw new InvalidInputException("affiliation", "An actor cannot be affiliated with itself");
        }
        Actor affiliation = named("affiliation", affiliationId);
        if (affiliation.isMerged()) {
            throw new ConflictException("Actor '" + affiliation.getCanonicalName() + "' was merged into '"
                    + affiliation.resolved().getCanonicalName() + "': affiliate with that one");
        }
        requireNoLoop(actor, affiliation);
        actor.affiliateWith(affiliation);
        return written(actor);
    }

    /** "Stoltenberg speaks for NATO" and "NATO speaks for Stoltenberg" together are a loop: refused, as in the taxonomy. */
    private static void requireNoLoop(Actor actor, Actor affiliation) {
        int steps = 0;
        for (Actor above = affiliation; above != null && steps < 1_000; above = above.getAffiliation().orElse(null), steps++) {
            if (above.getId() != null && above.getId().equals(actor.getId())) {
                throw new ConflictException("Actor '" + affiliation.getCanonicalName() + "' already speaks for '"
                        + actor.getCanonicalName() + "', directly or through others: the affiliation would make a loop");
            }
        }
    }

    @Transactional
    public ActorEntry confirm(long id, Long readVersion) {
        Actor actor = current(id, readVersion);
        // Its aliases start to lead ingestion to it: each must be free of the confirmed actors' names, as when a
        // librarian adds one. Another actor may also have taken one of its names while it waited for review.
        if (actor.getStatus() == ActorStatus.PROPOSED) {
            requireFreeNames(actor, actor);
        }
        actor.confirm();
        return written(actor);
    }

    /** Merges actor {@code id} into {@code survivorId}; see {@link ActorMerge#perform}. */
    @Transactional
    public MergeOutcome merge(long id, Long readVersion, long survivorId) {
        Actor merged = current(id, readVersion);
        Actor survivor = named("into", survivorId);
        List<Statement> statements = records.statementsInvolving(merged);
        List<Article> articles = records.articlesInvolving(merged);
        ActorMerge merge = records.add(ActorMerge.perform(merged, survivor, statements, articles,
                records.actorsAffiliatedWith(merged), clock.instant()));
        // The merged actor's names become the survivor's aliases: they enter the authority as one added by hand would.
        merge.getAddedAliases().forEach(alias -> requireFreeName(alias, false, survivor));
        MergeOutcome outcome = written(merge);
        reindexing.reindex(SearchReindexing.idsOf(statements, Statement::getId), SearchReindexing.idsOf(articles, Article::getId));
        return outcome;
    }

    /** Undoes the merge that made actor {@code id} a tombstone. */
    @Transactional
    public MergeOutcome unmerge(long id, Long readVersion) {
        Actor merged = current(id, readVersion, false);
        ActorMerge merge = records.standingMergeOf(merged)
                .orElseThrow(() -> new ConflictException("Actor '" + merged.getCanonicalName() + "' is not merged"));
        merge.undo(clock.instant());
        // Its names come back into use (the survivor gave back the aliases the merge added): none may meanwhile lead
        // ingestion elsewhere. Names that merely differ in case were there before the merge and come back with it.
        for (String name : merged.allNames()) {
            requireUnambiguousName(name, name.equals(merged.getCanonicalName()), merged);
        }
        MergeOutcome outcome = written(merge);
        Set<Long> statementIds = SearchReindexing.idsOf(merge.affectedStatements(), Statement::getId);
        statementIds.addAll(records.statementIdsInvolving(merge.getSurvivor()));
        Set<Long> articleIds = SearchReindexing.idsOf(merge.affectedArticles(), Article::getId);
        articleIds.addAll(records.articleIdsInvolving(merge.getSurvivor()));
        reindexing.reindex(statementIds, articleIds);
        return outcome;
    }

    /** Moves the statements {@code statementIds} from actor {@code id} to a new actor; returns the new one. */
    @Transactional
    public ActorEntry split(long id, Long readVersion, String newName, ActorType type, Collection<Long> statementIds) {
        Actor from = current(id, readVersion);
        Actor to = new Actor(newName, type == null ? from.getType() : type);
        requireFreeName(to.getCanonicalName(), true, null);
        List<Statement> statements = records.statementsWithIds(statementIds);
        Set<Long> found = statements.stream().map(Statement::getId).collect(Collectors.toSet());
        statementIds.stream().filter(statementId -> !found.contains(statementId)).findFirst().ifPresent(missing -> {
            throw new InvalidInputException("statements", "Statement " + missing + " does not exist");
        });
        actors.add(to);
        ActorSplit.moveStatements(from, to, statements);
        ActorEntry created = written(to);
        Set<Long> articleIds = SearchReindexing.idsOf(statements, statement -> statement.getArticle().getId());
        reindexing.reindex(SearchReindexing.idsOf(statements, Statement::getId), articleIds);
        return created;
    }

    private ActorEntry changeShownName(Actor actor, Consumer<Actor> change) {
        change.accept(actor);
        ActorEntry changed = written(actor);
        reindexing.reindex(records.statementIdsInvolving(actor), records.articleIdsInvolving(actor));
        return changed;
    }

    /**
     * The actor as this transaction leaves it. Hibernate increments the version when it writes the
     * change (at the flush), not when the change is made: mapped before, the answer would name the
     * version before the change, and an edit based on it would be refused as stale.
     */
    private ActorEntry written(Actor actor) {
        records.flush();
        return ActorEntry.of(actor);
    }

    private MergeOutcome written(ActorMerge merge) {
        records.flush();
        return MergeOutcome.of(merge);
    }

    private Actor find(long id) {
        return actors.findActor(id).orElseThrow(() -> new UnknownEntityException("Actor", id));
    }

    /**
     * The actor a request names in its body: one that does not exist is bad input naming {@code field} (400), as
     * statements named for a split, not a missing resource (404 would say the request's own path was unknown).
     */
    private Actor named(String field, long id) {
        return actors.findActor(id).orElseThrow(() -> new InvalidInputException(field, "No actor with the id " + id));
    }

    private Actor current(long id, Long readVersion) {
        return current(id, readVersion, true);
    }

    private Actor current(long id, Long readVersion, boolean live) {
        Actor actor = find(id);
        if (readVersion != null) {
            StaleVersionException.requireCurrent("Actor", id, readVersion, actor.getVersion());
        }
        if (live && actor.isMerged()) {
            throw actor.editOfTombstone();
        }
        return actor;
    }

    /** An identifier names one actor: one that another live actor has means the two are the same (merge them). */
    private void identify(Actor actor, ActorDetails details) {
        for (ExternalIdentifier identifier : details.identifiers()) {
            actors.othersIdentifiedAs(identifier, actor).stream().findFirst().ifPresent(other -> {
                throw new ConflictException(identifier.getScheme().label() + " " + identifier.getValue() + " identifies actor "
                        + other.getId() + " ('" + other.getCanonicalName() + "'): merge the two instead");
            });
        }
        actor.identifyAs(details.identifiers());
    }

    private void requireFreeNames(Actor actor, Actor self) {
        requireFreeName(actor.getCanonicalName(), true, self);
        actor.getAliases().forEach(alias -> requireFreeName(alias, false, self));
    }

    /**
     * The one rule for every name that enters the authority, as a canonical name or an alias: created, renamed, split
     * off, added, taken over in a merge, or put in use by a confirmation. It is unambiguous (below), and it is not
     * another confirmed actor's name in other case: "HANS MÜLLER" beside "Hans Müller" is one person entered twice,
     * as 'economy' beside 'Economy' is one topic (names are compared in Unicode NFC, so a decomposed "Mu\u0308ller"
     * is "Müller").
     */
    private void requireFreeName(String name, boolean canonical, Actor self) {
        requireUnambiguousName(name, canonical, self);
        actors.findLiveNamedIgnoringCase(name).stream()
                .filter(other -> !Actor.same(other, self) && other.getStatus() == ActorStatus.CONFIRMED).findFirst()
                .ifPresent(other -> {
                    String taken = other.allNames().stream().filter(own -> own.equalsIgnoreCase(name)).findFirst().orElseThrow();
                    throw new ConflictException("The " + role(canonical) + " '" + name + "' differs only in case from '" + taken
                            + "', a name of actor " + other.getId() + " ('" + other.getCanonicalName()
                            + "'): merge the two, or choose another name");
                });
    }

    /**
     * Ingestion reads a name as the actor whose canonical name it is (of any status; a tombstone leads to its
     * survivor), else as the confirmed actor with that alias (the lowest id). A canonical name must therefore be no
     * other actor's canonical name (tombstones' included: their links still resolve by it) and no confirmed actor's
     * alias; an alias no other live actor's canonical name and no other confirmed actor's alias. Otherwise the
     * authority would say one thing and ingestion and the filters do another.
     */
    private void requireUnambiguousName(String name, boolean canonical, Actor self) {
        actors.findByCanonicalName(name).filter(other -> !Actor.same(other, self) && (canonical || !other.isMerged()))
                .ifPresent(other -> {
                    throw new ConflictException(canonical
                            ? "The name '" + name + "' belongs to actor " + other.getId()
                                    + (other.isMerged() ? " (merged into '" + other.resolved().getCanonicalName() + "')" : "")
                            : "The alias '" + name + "' is the name of actor " + other.getId() + ": merge the two instead");
                });
        actors.findConfirmedByAlias(name).filter(other -> !Actor.same(other, self)).ifPresent(other -> {
            throw new ConflictException("The " + role(canonical) + " '" + name + "' is already an alias of actor " + other.getId()
                    + " ('" + other.getCanonicalName() + "'), which ingestion finds by it: merge the two, or remove it there first");
        });
    }

    private static String role(boolean canonical) {
        return canonical ? "name" : "alias";
    }
}
