package org.dictum.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dictum.search.security.LoginOutcome;

/** The login form: name and password, then back to the page that asked for the login. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    private String name;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name == null ? "" : name, password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + LocalTarget.of(next));
            faces.responseComplete();
        } else if (request.getAttribute(LoginOutcome.ATTRIBUTE) instanceof LoginOutcome.Throttled throttled) {
            Messages.error("Too many failed logins for this user name or from this address. Try again in "
                    + throttled.retryAfterSeconds() + " seconds.");
        } else {
            Messages.error("Unknown user name or wrong password.");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
