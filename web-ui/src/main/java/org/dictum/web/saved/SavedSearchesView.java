package org.dictum.web.saved;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dictum.domain.DomainException;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.saved.SavedSearchEntry;
import org.dictum.search.saved.SavedSearches;
import org.dictum.web.access.CurrentUserView;
import org.dictum.web.access.Messages;

/** "My searches": the user's saved searches, to run, freeze, delete, and cite once frozen. */
@Named
@ViewScoped
public class SavedSearchesView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    SavedSearches saved;

    @Inject
    CurrentUserView currentUser;

    private transient List<Row> rows;

    /**
     * The saved searches as the page listed them, newest first. A row's Freeze and Delete name their search by the
     * row's place in this list when the form comes back, so the list is read once per rendering, as on the tokens
     * page: read again, a search saved meanwhile in another tab would have shifted the rows.
     */
    public List<Row> getSearches() {
        if (rows == null) {
            String root = portalRoot();
            rows = saved.ownedBy(owner()).stream()
                    .map(entry -> new Row(entry, entry.frozen() ? saved.citation(entry.publicId(), root).text() : null))
                    .toList();
        }
        return rows;
    }

    /**
     * Freezes a search and shows the list again by a redirect, with the outcome as a message. The answer to the form
     * was the page itself: the browser kept the form's post in its history, so Back after a second Freeze (or Delete)
     * showed "Confirm Form Resubmission", and Reload or Forward sent the Freeze again.
     */
    public String freeze(long id) {
        try {
            SavedSearchEntry frozen = saved.freeze(owner(), id, null);
            Messages.info("Frozen \"" + frozen.name() + "\" with " + Messages.count(frozen.recorded(), "result") + " recorded.");
        } catch (DomainException | QuerySyntaxException e) {
            Messages.error(e.getMessage());
        }
        return listedAgain();
    }

    /** Deletes a search and shows the list again by a redirect, as {@link #freeze} does. */
    public String delete(long id) {
        try {
            // Named as the list showed it: the page shows no ids, so "Deleted saved search 12" named none the user knew.
            SavedSearchEntry deleted = saved.delete(owner(), id, null);
            Messages.info("Deleted \"" + deleted.name() + "\".");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        return listedAgain();
    }

    private String listedAgain() {
        rows = null;
        return Messages.redirectTo("/account/searches");
    }

    private String owner() {
        return currentUser.caller().orElseThrow(() -> new IllegalStateException("My searches needs a login")).name();
    }

    /** The portal's absolute root, for the permalinks in citations. */
    static String portalRoot() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String url = context.getRequestScheme() + "://" + context.getRequestServerName() + ":" + context.getRequestServerPort();
        return url + context.getRequestContextPath() + "/";
    }

    /** One saved search for the table (Faces EL reads getters, not record accessors). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SavedSearchEntry entry;
        private final String citation;

        Row(SavedSearchEntry entry, String citation) {
            this.entry = entry;
            this.citation = citation;
        }

        public long getId() {
            return entry.id();
        }

        public String getName() {
            return entry.name();
        }

        public String getTarget() {
            return entry.target();
        }

        public String getQuery() {
            return entry.query();
        }

        public String getCreated() {
            return WHEN.format(entry.createdAt());
        }

        public boolean isFrozen() {
            return entry.frozen();
        }

        public String getFrozenAt() {
            return entry.frozen() ? WHEN.format(entry.frozenAt()) : "";
        }

        public String getRecorded() {
            return entry.frozen() ? entry.recorded() + " of " + entry.frozenTotal() : "";
        }

        /** Where running it leads, relative to the portal root: the search page, or for articles the API. */
        public String getRunPath() {
            if ("statements".equals(entry.target())) {
                return entry.query().isEmpty() ? "" : "?" + entry.query();
            }
            return entry.search();
        }

        public String getPermalink() {
            return entry.permalink();
        }

        public String getCitation() {
            return citation;
        }
    }
}
