package org.dictum.web.saved;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.DomainException;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.saved.SavedSearches;
import org.dictum.search.saved.SearchQueryString;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;

/** "Save this search" on the statement search page: the search shown, under a name the user gives. */
@Named
@ViewScoped
public class SaveSearchView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SavedSearches saved;

    @Inject
    CurrentUserView currentUser;

    private String name;
    private String query;

    /** The search the page shows, from its URL; a postback brings it back in a hidden field. */
    @PostConstruct
    void readShownSearch() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .forEach((key, values) -> parameters.put(key, Arrays.asList(values)));
        try {
            query = SearchQueryString.of(parameters).canonical();
        } catch (DomainException | QuerySyntaxException e) {
            query = "";
        }
    }

    /** Saves, then shows "My searches" with the outcome (the search page itself is rebuilt from its URL only). */
    public String save() {
        String owner = currentUser.caller().orElseThrow(() -> new IllegalStateException("Saving needs a login")).name();
        try {
            saved.save(owner, name, "statements", query);
            Messages.info("Saved \"" + name.strip() + "\".");
        } catch (DomainException | QuerySyntaxException | IllegalArgumentException e) {
            Messages.error("Not saved: " + e.getMessage());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/account/searches?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
