package org.dictum.web.saved;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dictum.domain.DomainException;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.saved.SavedSearches;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;
import org.dictum.web.view.SearchView;

/**
 * "Save this search" on the statement search page: exactly the search the page shows, under a name
 * the user gives, or nothing and a message saying why.
 */
@Named
@RequestScoped
public class SaveSearchView {

    @Inject
    SavedSearches saved;

    @Inject
    CurrentUserView currentUser;

    @Inject
    SearchView shown;

    private String name;

    /**
     * Saves, then shows "My searches" with the outcome; a search the page cannot run (a bad
     * parameter, a query syntax error) is not saved, and the page says why.
     */
    public String save() {
        String owner = currentUser.caller().orElseThrow(() -> new IllegalStateException("Saving needs a login")).name();
        try {
            saved.save(owner, name, "statements", shown.searchToSave());
        } catch (DomainException | QuerySyntaxException | IllegalArgumentException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
        Messages.info("Saved \"" + name.strip() + "\".");
        return Messages.redirectTo("/account/searches");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
