package org.dictum.web.authority;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.dictum.domain.ConflictException;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.authority.TopicEntry;
import org.dictum.search.authority.TopicTaxonomy;
import org.dictum.web.access.Messages;

/**
 * The Taxonomy page: the tree, and for a selected topic rename, move, merge and delete with
 * reassignment (the last two after a confirmation step). Edits name the version shown.
 */
@Named
@ViewScoped
public class TaxonomyView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The field choosing the topic that a merge or deletion moves the records to, next to which their refusals show. */
    private static final String OTHER_TOPIC = "reassign:target";

    @Inject
    TopicTaxonomy taxonomy;

    private List<TopicRow> tree = List.of();
    private TopicRow selected;
    private String newLabel;
    private Long newParent;
    private Long target;
    private String pendingAction;
    private String addLabel;
    private Long addParent;

    @PostConstruct
    void load() {
        List<TopicRow> rows = TopicTree.rows(taxonomy.tree());
        tree = rows;
        if (selected != null) {
            selected = rows.stream().filter(row -> row.getId() == selected.getId()).findFirst().orElse(null);
        }
    }

    public void select(long id) {
        selected = tree.stream().filter(row -> row.getId() == id).findFirst().orElse(null);
        if (selected != null) {
            newLabel = selected.getLabel();
            newParent = selected.getParent();
        }
        target = null;
        pendingAction = null;
    }

    /** Adds the topic; a label that is refused (taken) stays in its field, with the reason next to it. */
    public void add() {
        if (run(() -> taxonomy.add(addLabel == null ? "" : addLabel, addParent, null), "Added", "add:label")) {
            addLabel = null;
        }
    }

    public void rename() {
        run(() -> taxonomy.rename(selected.getId(), selected.getVersion(), newLabel), "Renamed to", "rename:label");
    }

    public void move() {
        run(() -> taxonomy.move(selected.getId(), selected.getVersion(), newParent), "Moved", "move:parent");
    }

    /** First step of a merge or deletion: asks for confirmation. */
    public void propose(String action) {
        if (target == null) {
            Messages.refuse(OTHER_TOPIC, "Choose the topic that takes over the statements and articles.");
            return;
        }
        pendingAction = action;
    }

    public void confirmPending() {
        long id = selected.getId();
        long version = selected.getVersion();
        if ("merge".equals(pendingAction)) {
            run(() -> taxonomy.merge(id, version, target), "Merged into", OTHER_TOPIC);
        } else if ("delete".equals(pendingAction)) {
            run(() -> taxonomy.delete(id, version, target), "Deleted; its records moved to", OTHER_TOPIC);
        }
        pendingAction = null;
    }

    public void cancelPending() {
        pendingAction = null;
    }

    /**
     * Runs one edit and says what it did. A refusal of what was chosen or typed (a label taken, a move under its own
     * subtopic, a merge into a topic deleted meanwhile) goes next to {@code field}, the field that chose it, which keeps
     * it; other refusals (a change of the edited topic made meanwhile, the edited topic gone) above the forms. True
     * when it was done.
     */
    private boolean run(Supplier<TopicEntry> change, String done, String field) {
        try {
            TopicEntry changed = change.get();
            Messages.info(done + " " + changed.label() + ".");
            return true;
        } catch (InvalidInputException | ConflictException | IllegalArgumentException e) {
            Messages.refuse(field, e.getMessage());
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        } finally {
            load();
        }
        return false;
    }

    public String getTargetLabel() {
        return tree.stream().filter(row -> target != null && row.getId() == target).map(TopicRow::getLabel).findFirst().orElse("");
    }

    public List<TopicRow> getTree() {
        return tree;
    }

    /** The choices of "Other topic" for the selected topic's merge or deletion: every topic but itself. */
    public List<TopicRow> getOtherTopics() {
        return selected == null ? tree : TopicTree.others(tree, selected.getId());
    }

    /** The choices of "Move under" for the selected topic: every topic but itself and its narrower ones. */
    public List<TopicRow> getPossibleParents() {
        return selected == null ? tree : TopicTree.possibleParents(tree, selected.getId());
    }

    public TopicRow getSelected() {
        return selected;
    }

    public String getPendingAction() {
        return pendingAction;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public Long getNewParent() {
        return newParent;
    }

    public void setNewParent(Long newParent) {
        this.newParent = newParent;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getAddLabel() {
        return addLabel;
    }

    public void setAddLabel(String addLabel) {
        this.addLabel = addLabel;
    }

    public Long getAddParent() {
        return addParent;
    }

    public void setAddParent(Long addParent) {
        this.addParent = addParent;
    }
}
