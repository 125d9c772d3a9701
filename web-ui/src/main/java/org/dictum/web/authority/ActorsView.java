package org.dictum.web.authority;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dictum.domain.DomainException;
import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.domain.actor.ActorType;
import org.dictum.search.authority.ActorAuthority;
import org.dictum.search.authority.ActorDetails;
import org.dictum.search.authority.ActorEntry;
import org.dictum.search.authority.MergeOutcome;
import org.dictum.web.access.Messages;

/**
 * The Actors page: find actors (proposed ones first, for review), confirm, edit one, merge it into
 * another after a confirmation step, unmerge a merged one. Each edit names the version shown, so a
 * change someone made meanwhile is reported instead of overwritten.
 */
@Named
@ViewScoped
public class ActorsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

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
    private String wikidataId;
    private Long mergeInto;
    private ActorRow mergeTarget;
    private String createName;
    private String createType = ActorType.PERSON.name();

    @PostConstruct
    void load() {
        search();
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

    public void create() {
        try {
            ActorEntry created = authority.create(createName == null ? "" : createName, ActorType.valueOf(createType), List.of(),
                    new ActorDetails(null, null, null));
            Messages.info("Created " + created.canonicalName() + ".");
            createName = null;
            show(created);
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
    }

    public void confirm(long id, long version) {
        run(() -> authority.confirm(id, version), "Confirmed");
    }

    public void rename() {
        run(() -> authority.rename(selected.getId(), selected.getVersion(), newName), "Renamed");
    }

    public void addAlias() {
        run(() -> authority.addAlias(selected.getId(), selected.getVersion(), newAlias == null ? "" : newAlias), "Alias added to");
        newAlias = null;
    }

    public void removeAlias(String alias) {
        run(() -> authority.removeAlias(selected.getId(), selected.getVersion(), alias), "Alias removed from");
    }

    public void saveDetails() {
        run(() -> authority.describe(selected.getId(), selected.getVersion(),
                new ActorDetails(ActorType.valueOf(type), country, wikidataId)), "Details saved for");
    }

    /** First step of a merge: shows what would happen and asks for confirmation. */
    public void proposeMerge() {
        if (mergeInto == null) {
            Messages.error("Enter the id of the actor to merge into.");
            return;
        }
        try {
            mergeTarget = new ActorRow(authority.get(mergeInto));
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
    }

    public void confirmMerge() {
        try {
            MergeOutcome outcome = authority.merge(selected.getId(), selected.getVersion(), mergeTarget.getId());
            Messages.info("Merged " + outcome.merged().canonicalName() + " into " + outcome.survivor().canonicalName()
                    + ": " + outcome.movedStatements() + " statement(s) moved.");
            show(outcome.merged());
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        mergeTarget = null;
        search();
    }

    public void cancelMerge() {
        mergeTarget = null;
    }

    public void unmerge() {
        try {
            MergeOutcome outcome = authority.unmerge(selected.getId(), selected.getVersion());
            Messages.info("Unmerged " + outcome.merged().canonicalName() + " from " + outcome.survivor().canonicalName() + ".");
            show(outcome.merged());
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
    }

    private void run(Supplier<ActorEntry> change, String done) {
        try {
            ActorEntry changed = change.get();
            Messages.info(done + " " + changed.canonicalName() + ".");
            if (selected != null && selected.getId() == changed.id()) {
                show(changed);
            }
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        search();
    }

    private void show(ActorEntry actor) {
        selected = new ActorRow(actor);
        newName = actor.canonicalName();
        type = actor.type();
        country = actor.country();
        wikidataId = actor.wikidataId();
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

    public String getWikidataId() {
        return wikidataId;
    }

    public void setWikidataId(String wikidataId) {
        this.wikidataId = wikidataId;
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

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }
}
