package org.dictum.web.collection;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.dictum.domain.ConflictException;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.collection.CollectionService;
import org.dictum.search.collection.CollectionSummary;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;
import org.dictum.web.conflict.FieldMessages;

/** The Collections page: the collections the visitor may see, and for librarians a form to create one. */
@Named
@ViewScoped
public class CollectionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CollectionService collections;

    @Inject
    CurrentUserView currentUser;

    /** The create form's id, and its fields, named as the collection names what it refuses. */
    static final String FORM = "create";
    static final Set<String> FIELDS = Set.of("slug", "title", "description", "visibility");

    private List<CollectionRow> rows = List.of();
    private String slug;
    private String title;
    private String description;
    private String visibility = "private";

    @PostConstruct
    void load() {
        rows = collections.list().stream().map(CollectionRow::new).toList();
    }

    /**
     * Creates the collection and opens its page. A slug that is taken, now or by a deleted collection,
     * and a field the collection refuses get their message next to the field.
     */
    public String create() {
        if (!currentUser.isLibrarian()) {
            Messages.error("Only librarians may create collections.");
            return null;
        }
        try {
            CollectionSummary created = collections.create(slug, title, description, visibility);
            return "/collection.xhtml?faces-redirect=true&slug=" + created.slug();
        } catch (ConflictException e) {
            FieldMessages.refuse(FORM + ":slug", e.getMessage());
        } catch (InvalidInputException e) {
            if (FIELDS.contains(e.field())) {
                FieldMessages.refuse(FORM + ":" + e.field(), e.getMessage());
            } else {
                Messages.error(e.getMessage());
            }
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        return null;
    }

    public List<CollectionRow> getRows() {
        return rows;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
