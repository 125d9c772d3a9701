package org.dictum.web.access;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dictum.domain.DomainException;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.Caller;
import org.dictum.search.security.IssuedToken;
import org.dictum.search.security.TokenService;
import org.dictum.search.security.TokenSummary;

/** The logged-in user's API tokens: make one (its secret is shown once), revoke one. */
@Named
@ViewScoped
public class TokensView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    TokenService tokens;

    @Inject
    CurrentUserView currentUser;

    /** The flash entry that carries a new token's secret across the redirect, to the one page that shows it. */
    private static final String ISSUED_SECRET = "issuedSecret";

    private String name;
    private boolean write;
    private transient List<TokenRow> listed;

    /**
     * The tokens as the page listed them, newest first. A row's Revoke button names its token by the row's place in
     * this list when the form comes back, so the list is read once per rendering: read again, a token made meanwhile
     * (by a script, or in another tab) would have shifted the rows and Revoke revoked the token listed above.
     */
    public List<TokenRow> getTokens() {
        if (listed == null) {
            listed = tokens.ownedBy(caller()).stream().map(TokenRow::new).toList();
        }
        return listed;
    }

    /**
     * Makes a token and shows the list again by a redirect, its secret carried in the flash to that one page: answered
     * with the page itself, the post stayed in the browser's history and Reload made a second token.
     */
    public String issue() {
        Set<TokenScope> scopes = write ? EnumSet.of(TokenScope.READ, TokenScope.WRITE) : EnumSet.of(TokenScope.READ);
        try {
            IssuedToken issued = tokens.issue(caller(), name == null ? "" : name, scopes);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(ISSUED_SECRET, issued.token());
            return Messages.redirectTo("/account/tokens");
        } catch (DomainException | IllegalArgumentException e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /**
     * Revokes a token and shows the list again by a redirect, with the outcome as a message (as My searches' Freeze
     * and Delete do): answered with the page itself, the post stayed in the browser's history, and Reload sent the
     * Revoke again.
     */
    public String revoke(long id) {
        try {
            tokens.revoke(caller(), id);
            Messages.info("Token " + id + " revoked.");
        } catch (DomainException e) {
            Messages.error(e.getMessage());
        }
        listed = null;
        return Messages.redirectTo("/account/tokens");
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow(() -> new IllegalStateException("The tokens page needs a login"));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isWrite() {
        return write;
    }

    public void setWrite(boolean write) {
        this.write = write;
    }

    /** The secret of the token just made, on the page the redirect after Make a token shows, and only there. */
    public String getIssuedSecret() {
        Object issued = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED_SECRET);
        return issued == null ? null : issued.toString();
    }

    /** One token for the table (Faces EL reads getters, not record accessors). */
    public static final class TokenRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final TokenSummary token;

        TokenRow(TokenSummary token) {
            this.token = token;
        }

        public long getId() {
            return token.id();
        }

        public String getName() {
            return token.name();
        }

        public String getScopes() {
            return String.join(" ", token.scopes());
        }

        public String getCreated() {
            return WHEN.format(token.createdAt());
        }

        public String getRevoked() {
            return token.revokedAt() == null ? "" : WHEN.format(token.revokedAt());
        }

        public boolean isActive() {
            return token.active();
        }
    }
}
