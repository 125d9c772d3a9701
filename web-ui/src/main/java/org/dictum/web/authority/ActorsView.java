package org.dictum.web.authority;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dictum.domain.ConflictException;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.search.authority.ActorAuthority;
import org.dictum.search.authority.ActorDetails;
import org.dictum.search.authority.ActorEntry;
import org.dictum.search.authority.ActorStatement;
import org.dictum.search.authority.MergeOutcome;
import org.dictum.web.access.Messages;

/**
 * The Actors page: find actors (proposed ones first, for review), confirm, edit one, merge it into
 * another after a confirmation step, unmerge a merged one, split some of its statements off to a new actor. Each edit names the version shown, so a
 * change someone made meanwhile is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ActorsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    /** Statements a split offers to tick; others are named by id. */
    static final int SPLIT_CHOICES = 100;
    private static final String MERGE_INTO = "merge:into";
    private static final String PAGE = "/curation/actors.xhtml";

    @Inject
    ActorAuthority authority;

    private String query;
    private boolean proposedOnly;
    private boolean withMerged;
    private List<ActorRow> actors = List.of();
    private long total;

    private ActorRow selected;
    private String newName;
    private String newAlias;
    private String type;
    private String country;
    private String identifiers;
    private Long mergeInto;
    private Long affiliationId;
    private ActorRow mergeTarget;
    private String createName;
    private String createType = ActorType.PERSON.name();
    private List<SelectItem> splitChoices = List.of();
    private List<String> splitStatements = new ArrayList<>();
    private String splitOtherStatements;
    private String splitName;
    private String splitType;
    private String askedQuery;
    private boolean askedProposed;
    private boolean askedMerged;
    private Long askedActor;

    /**
     * Lists the actors the page's parameters ask for and shows the one {@code actor} names: the page a change redirects
     * to, which a reload GETs again instead of posting the change a second time.
     */
    public void open() {
        query = askedQuery;
        proposedOnly = askedProposed;
        withMerged = askedMerged;
        search();
        if (askedActor != null) {
            try {
                show(authority.get(askedActor));
            } catch (UnknownEntityException e) {
                Messages.error(e.getMessage());
            }
        }
    }

    public void search() {
        var page = authority.list(new ActorFilter(query, proposedOnly ? ActorStatus.PROPOSED : null, withMerged), 0, PAGE_SIZE);
        actors = page.actors().stream().map(ActorRow::new).toList();
        total = page.total();
    }

    public void select(long id) {
        show(authority.get(id));
        mergeTarget = null;
        mergeInto = null;
    }

    public String create() {
        try {
            ActorEntry created = authority.create(createName == null ? "" : createName, ActorType.valueOf(createType), List.of(),
                    new ActorDetails(null, null, List.of()));
            Messages.info("Created " + created.canonicalName() + ".");
            show(created);
            return redirect();
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
        return null;
    }

    public String confirm(long id, long version) {
        return run(() -> authority.confirm(id, version), "Confirmed");
    }

    public String rename() {
        return run(() -> authority.rename(selected.getId(), selected.getVersion(), newName), "Renamed", refusal -> "rename:name");
    }

    /** Adds the alias typed; one that is refused (taken, blank) stays in its field, with the reason next to it. */
    public String addAlias() {
        return run(() -> authority.addAlias(selected.getId(), selected.getVersion(), newAlias == null ? "" : newAlias), "Alias added to",
                refusal -> "aliases:alias");
    }

    public String removeAlias(String alias) {
        return run(() -> authority.removeAlias(selected.getId(), selected.getVersion(), alias), "Alias removed from");
    }

    public String saveDetails() {
        return run(() -> authority.describe(selected.getId(), selected.getVersion(),
                new ActorDetails(ActorType.valueOf(type), country, IdentifierLines.parse(identifiers))), "Details saved for",
                refusal -> refusal instanceof InvalidInputException invalid && "country".equals(invalid.field())
                        ? "details:country" : "details:identifiers");
    }

    /** Sets the actor's affiliation to the actor with the id entered, or clears it when none is. */
    public String saveAffiliation() {
        return run(() -> authority.affiliate(selected.getId(), selected.getVersion(), affiliationId),
                affiliationId == null ? "Affiliation cleared for" : "Affiliation saved for", refusal -> "affiliation:of");
    }

    /**
     * First step of a merge: shows what would happen and asks for confirmation. No id, or the id of no actor, is refused
     * next to the field it was typed in.
     */
    public void proposeMerge() {
        if (mergeInto == null) {
            Messages.refuse(MERGE_INTO, "Enter the id of the actor to merge into.");
            return;
        }
        try {
            mergeTarget = new ActorRow(authority.get(mergeInto));
        } catch (UnknownEntityException e) {
            Messages.refuse(MERGE_INTO, e.getMessage());
        }
    }

    public String confirmMerge() {
        try {
            MergeOutcome outcome = authority.merge(selected.getId(), selected.getVersion(), mergeTarget.getId());
            Messages.info("Merged " + outcome.merged().canonicalName() + " into " + outcome.survivor().canonicalName()
                    + ": " + Messages.count(outcome.movedStatements(), "statement") + " moved.");
            show(outcome.merged());
            return redirect();
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        mergeTarget = null;
        search();
        return null;
    }

    /** Moves the ticked statements (and those named by id) to a new actor; a taken name or a stale version is refused. */
    public String split() {
        try {
            Set<Long> ids = statementIds();
            ActorEntry created = authority.split(selected.getId(), selected.getVersion(), splitName == null ? "" : splitName,
                    splitType == null || splitType.isBlank() ? null : ActorType.valueOf(splitType), List.copyOf(ids));
            Messages.info("Split " + Messages.count(ids.size(), "statement") + " from " + selected.getCanonicalName() + " to the new actor "
                    + created.canonicalName() + " (id " + created.id() + ").");
            return redirect();
        } catch (DomainException e) {
            Messages.error("Not split: " + e.getMessage());
        }
        search();
        return null;
    }

    private Set<Long> statementIds() {
        Set<Long> ids = new LinkedHashSet<>();
        splitStatements.forEach(id -> ids.add(Long.valueOf(id)));
        if (splitOtherStatements != null) {
            for (String id : splitOtherStatements.split("[,\\s]+")) {
                if (!id.isBlank()) {
                    try {
                        ids.add(Long.valueOf(id.strip()));
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("statements", "'" + id.strip() + "' is not a statement id");
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException("statements", "Tick or name at least one statement to move");
        }
        return ids;
    }

    public void cancelMerge() {
        mergeTarget = null;
    }

    public String unmerge() {
        try {
            MergeOutcome outcome = authority.unmerge(selected.getId(), selected.getVersion());
            Messages.info("Unmerged " + outcome.merged().canonicalName() + " from " + outcome.survivor().canonicalName() + ".");
            show(outcome.merged());
            return redirect();
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
        return null;
    }

    private String run(Supplier<ActorEntry> change, String done) {
        return run(change, done, null);
    }

    /**
     * Shows the page again by a redirect (Post/Redirect/Get) with the search and the actor shown as its parameters, so
     * that a reload GETs it instead of posting the change again.
     */
    private static String redirect() {
        return Messages.redirectTo(PAGE) + "&includeViewParams=true";
    }

    /**
     * Runs one edit and says what it did. A refusal of what was typed (a name taken or blank, a country code that is
     * none, an identifier of another actor) goes next to the form's field that {@code field} names for it, which keeps
     * what was typed; other refusals (a change made meanwhile, an actor gone) above the forms. Once done, the page is
     * shown again by a redirect; a refusal is shown on the page answered to the POST, with what was typed.
     */
    private String run(Supplier<ActorEntry> change, String done, Function<DomainException, String> field) {
        try {
            ActorEntry changed = change.get();
            Messages.info(done + " " + changed.canonicalName() + ".");
            if (selected != null && selected.getId() == changed.id()) {
                show(changed);
            }
            return redirect();
        } catch (InvalidInputException | ConflictException e) {
            Messages.refuse(field == null ? null : field.apply(e), e.getMessage());
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
        return null;
    }

    private void show(ActorEntry actor) {
        selected = new ActorRow(actor);
        newName = actor.canonicalName();
        type = actor.type();
        country = actor.country();
        identifiers = IdentifierLines.format(actor.identifiers());
        affiliationId = actor.affiliation() == null ? null : actor.affiliation().id();
        splitStatements = new ArrayList<>();
        splitType = actor.type();
        splitChoices = actor.mergedInto() != null ? List.of()
                : authority.statementsOf(actor.id(), SPLIT_CHOICES).stream().map(ActorsView::choice).toList();
    }

    private static SelectItem choice(ActorStatement statement) {
        String content = statement.content().length() > 160 ? statement.content().substring(0, 157) + "…" : statement.content();
        return new SelectItem(Long.toString(statement.id()), "#" + statement.id() + (statement.spoken() ? " (speaker) " : " (mentioned) ")
                + "“" + content + "”" + (statement.articleTitle() == null ? "" : " — " + statement.articleTitle()));
    }

    public List<String> getTypes() {
        return Arrays.stream(ActorType.values()).map(Enum::name).toList();
    }

    public String typeLabel(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public List<ActorRow> getActors() {
        return actors;
    }

    public long getTotal() {
        return total;
    }

    /** How many actors the search found, and when the table lists only the first of them, that it does. */
    public String getListed() {
        return listed(actors.size(), total);
    }

    /**
     * "1 actor", "12 actors"; "The first 50 of 123 actors: narrow the search to list the others." when the table holds
     * only the first {@value #PAGE_SIZE}. "123 actor(s)" above a table of 50 said nothing of the 73 it left out.
     */
    static String listed(int shown, long total) {
        if (shown >= total) {
            return Messages.count(total, "actor");
        }
        return "The first " + shown + " of " + total + " actors: narrow the search to list the others.";
    }

    public ActorRow getSelected() {
        return selected;
    }

    public ActorRow getMergeTarget() {
        return mergeTarget;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isProposedOnly() {
        return proposedOnly;
    }

    public void setProposedOnly(boolean proposedOnly) {
        this.proposedOnly = proposedOnly;
    }

    public boolean isWithMerged() {
        return withMerged;
    }

    public void setWithMerged(boolean withMerged) {
        this.withMerged = withMerged;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewAlias() {
        return newAlias;
    }

    public void setNewAlias(String newAlias) {
        this.newAlias = newAlias;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(String identifiers) {
        this.identifiers = identifiers;
    }

    public String getCreateName() {
        return createName;
    }

    public void setCreateName(String createName) {
        this.createName = createName;
    }

    public String getCreateType() {
        return createType;
    }

    public void setCreateType(String createType) {
        this.createType = createType;
    }

    public List<SelectItem> getSplitChoices() {
        return splitChoices;
    }

    public List<String> getSplitStatements() {
        return splitStatements;
    }

    public void setSplitStatements(List<String> splitStatements) {
        this.splitStatements = splitStatements == null ? new ArrayList<>() : new ArrayList<>(splitStatements);
    }

    public String getSplitOtherStatements() {
        return splitOtherStatements;
    }

    public void setSplitOtherStatements(String splitOtherStatements) {
        this.splitOtherStatements = splitOtherStatements;
    }

    public String getSplitName() {
        return splitName;
    }

    public void setSplitName(String splitName) {
        this.splitName = splitName;
    }

    public String getSplitType() {
        return splitType;
    }

    public void setSplitType(String splitType) {
        this.splitType = splitType;
    }

    public Long getAffiliationId() {
        return affiliationId;
    }

    public void setAffiliationId(Long affiliationId) {
        this.affiliationId = affiliationId;
    }

    /*
     * The page's parameters (q, proposed, merged, actor): read from what the page shows, for the redirect after a change;
     * written to what the GET asks for, which open() takes, so that a postback re-applying them changes nothing.
     */

    public String getQ() {
        return query;
    }

    public void setQ(String q) {
        askedQuery = q;
    }

    public Boolean getProposed() {
        return proposedOnly ? Boolean.TRUE : null;
    }

    public void setProposed(Boolean proposed) {
        askedProposed = Boolean.TRUE.equals(proposed);
    }

    public Boolean getMerged() {
        return withMerged ? Boolean.TRUE : null;
    }

    public void setMerged(Boolean merged) {
        askedMerged = Boolean.TRUE.equals(merged);
    }

    public Long getActor() {
        return selected == null ? null : selected.getId();
    }

    public void setActor(Long actor) {
        askedActor = actor;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }
}
