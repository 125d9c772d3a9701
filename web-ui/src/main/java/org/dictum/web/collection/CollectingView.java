package org.dictum.web.collection;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.DomainException;
import org.dictum.search.collection.CollectionService;
import org.dictum.search.collection.MembershipChange;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.view.ArticleView;

/**
 * "Add to collection" on the article page, for librarians: the article itself or one of its
 * statements goes into the chosen collection; the page comes back with the outcome.
 */
@Named("collecting")
@ViewScoped
public class CollectingView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String CHANGED_MEANWHILE = "Someone else changed this collection meanwhile: reload the page and apply your change again.";

    @Inject
    CollectionService collections;

    @Inject
    CurrentUserView currentUser;

    private List<CollectionRow> choices;
    private String articleTarget;
    private final Map<Long, String> statementTargets = new HashMap<>();

    /** The collections a librarian may add to (every collection: librarians see them all). */
    public List<CollectionRow> getChoices() {
        if (choices == null) {
            choices = currentUser.isLibrarian() ? collections.list().stream().map(CollectionRow::new).toList() : List.of();
        }
        return choices;
    }

    public String addArticle(long articleId) {
        return add(articleTarget, List.of(articleId), List.of(), articleId);
    }

    /**
     * Adds the statement whose form was submitted to the collection chosen in it; {@code row} is the statement now in
     * the form's row, which a statement added meanwhile before it makes its neighbour ({@link ArticleView#shownStatement}).
     */
    public String addStatement(long row, long articleId) {
        long statementId = ArticleView.shownStatement();
        return add(statementTargets.get(row), List.of(), List.of(statementId), articleId);
    }

    private String add(String slug, List<Long> articles, List<Long> statements, long articleId) {
        String page = "/article.xhtml?faces-redirect=true&id=" + articleId;
        if (!currentUser.isLibrarian()) {
            return outcome(false, "Only librarians may change collections.", page);
        }
        if (slug == null || slug.isBlank()) {
            return outcome(false, "Choose a collection.", page);
        }
        try {
            MembershipChange change = collections.addMembers(slug, null, articles, statements);
            boolean added = !change.articlesChanged().isEmpty() || !change.statementsChanged().isEmpty();
            return outcome(true, (added ? "Added to " : "Already in ") + change.collection().title() + ".", page);
        } catch (DomainException e) {
            return outcome(false, e.getMessage(), page);
        } catch (jakarta.persistence.OptimisticLockException e) {
            return outcome(false, CHANGED_MEANWHILE, page);
        }
    }

    /** Shows the outcome as a message on the page the redirect leads to. */
    static String outcome(boolean success, String text, String page) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(success ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
        return page;
    }

    public String getArticleTarget() {
        return articleTarget;
    }

    public void setArticleTarget(String articleTarget) {
        this.articleTarget = articleTarget;
    }

    public Map<Long, String> getStatementTargets() {
        return statementTargets;
    }
}
