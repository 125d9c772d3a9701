package org.dictum.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.dictum.domain.account.Role;
import org.dictum.search.security.AccountService;
import org.dictum.search.security.Caller;
import org.dictum.search.security.PortalPaths;

/** Who is logged in, for the page header and the access pages; and logging out. */
@Named("currentUser")
@RequestScoped
public class CurrentUserView {

    @Inject
    AccountService accounts;

    private Optional<Caller> caller;

    /** The logged-in user as the account is now, or empty for an anonymous visitor. */
    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = request().getUserPrincipal();
            caller = principal == null ? Optional.empty() : accounts.sessionCaller(principal.getName());
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return caller().isPresent();
    }

    public String getName() {
        return caller().map(Caller::name).orElse("");
    }

    public String getRoleName() {
        return caller().map(c -> c.role().roleName()).orElse("");
    }

    /** May curate: a librarian or an administrator. */
    public boolean isLibrarian() {
        return caller().map(c -> c.has(Role.LIBRARIAN)).orElse(false);
    }

    public boolean isAdmin() {
        return caller().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    /** The login page, coming back to the page shown (its search, its article) after logging in. */
    public String getLoginUrl() {
        HttpServletRequest request = request();
        return PortalPaths.pathOf(request).equals(PortalPaths.LOGIN_PAGE) ? request.getContextPath() + PortalPaths.LOGIN_PAGE
                : PortalPaths.loginRedirect(request);
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
