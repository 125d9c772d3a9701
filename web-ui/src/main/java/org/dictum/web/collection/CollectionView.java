package org.dictum.web.collection;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.dictum.domain.DomainException;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.collection.DeletedCollectionException;
import org.dictum.search.collection.CollectionContents;
import org.dictum.search.collection.CollectionEdit;
import org.dictum.search.collection.CollectionService;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.conflict.FieldMessages;

/**
 * A collection's page ({@code collection.xhtml?slug=...}): description, members, the search
 * filtered by it, its history; librarians edit title, description and visibility of the version
 * shown (a change made meanwhile is refused with a message) and remove members.
 */
@Named
@ViewScoped
public class CollectionView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Members listed on the page; the filtered search shows all of them. */
    static final int MEMBERS_SHOWN = 200;

    /** The edit form's id, and its fields, named as the collection names what it refuses. */
    static final String FORM = "edit";
    static final Set<String> FIELDS = Set.of("title", "description", "visibility");

    @Inject
    CollectionService collections;

    @Inject
    CurrentUserView currentUser;

    private String slug;
    private CollectionRow collection;
    private List<CollectionContents.MemberArticle> articles = List.of();
    private List<CollectionContents.MemberStatement> statements = List.of();
    private String title;
    private String description;
    private String visibility;

    /**
     * Reads the collection named by {@code slug}; 404 when there is none the visitor may see, 410 when
     * it was deleted (and the visitor could see it).
     */
    public void load() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String wanted = context.getRequestParameterMap().get("slug");
        try {
            show(collections.contents(wanted == null ? "" : wanted.strip(), MEMBERS_SHOWN));
        } catch (DeletedCollectionException e) {
            context.responseSendError(410, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        } catch (UnknownEntityException e) {
            context.responseSendError(404, "No such collection");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(CollectionContents contents) {
        collection = new CollectionRow(contents.collection());
        slug = collection.getSlug();
        articles = contents.articles();
        statements = contents.statements();
        title = collection.getTitle();
        description = collection.getDescription();
        visibility = collection.getVisibility();
    }

    public String save() {
        return act(() -> {
            collections.update(slug, collection.getVersion(), new CollectionEdit(title, description == null ? "" : description,
                    visibility));
            return "Saved.";
        });
    }

    public String removeArticle(long id) {
        return act(() -> collections.removeMembers(slug, collection.getVersion(), List.of(id), List.of()).articlesChanged().isEmpty()
                ? "That article was no longer a member." : "Removed article " + id + ".");
    }

    public String removeStatement(long id) {
        return act(() -> collections.removeMembers(slug, collection.getVersion(), List.of(), List.of(id)).statementsChanged().isEmpty()
                ? "That statement was no longer a member." : "Removed statement " + id + ".");
    }

    /**
     * Runs a librarian's change and shows the page again with its outcome. A field of the edit form that the
     * collection refuses (a blank title, a description too long) keeps the form as typed, with the message next
     * to the field: showing the page again would have replaced what was typed with the stored values.
     */
    private String act(Supplier<String> change) {
        if (!currentUser.isLibrarian()) {
            return CollectingView.outcome(false, "Only librarians may change collections.", page());
        }
        try {
            return CollectingView.outcome(true, change.get(), page());
        } catch (InvalidInputException e) {
            if (!FIELDS.contains(e.field())) {
                return CollectingView.outcome(false, e.getMessage(), page());
            }
            FieldMessages.refuse(FORM + ":" + e.field(), e.getMessage());
            return null;
        } catch (DomainException e) {
            return CollectingView.outcome(false, e.getMessage(), page());
        } catch (jakarta.persistence.OptimisticLockException e) {
            return CollectingView.outcome(false, CollectingView.CHANGED_MEANWHILE, page());
        }
    }

    private String page() {
        return "/collection.xhtml?faces-redirect=true&slug=" + slug;
    }

    /** The statement search filtered by this collection. */
    public String getSearchUrl() {
        return "?collection=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    public CollectionRow getCollection() {
        return collection;
    }

    public List<CollectionContents.MemberArticle> getArticles() {
        return articles;
    }

    public List<CollectionContents.MemberStatement> getStatements() {
        return statements;
    }

    public boolean isArticlesTruncated() {
        return collection != null && collection.getArticles() > articles.size();
    }

    public boolean isStatementsTruncated() {
        return collection != null && collection.getStatements() > statements.size();
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
