package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.dictum.search.security.Admission;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.Caller;
import org.dictum.search.security.CredentialKind;

/**
 * Applies a method's {@link Requires}: 401 without a credential of an accepted kind, 403 for a role
 * or token scope that falls short. Fails closed: a write method without {@code @Requires} is
 * refused to everyone, so that a new endpoint cannot be open by omission.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class EndpointAccess implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(EndpointAccess.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Requires rule = method == null ? null : method.getAnnotation(Requires.class);
        if (rule == null) {
            if (method != null && Admission.isWrite(request.getMethod())) {
                LOG.severe(() -> "Write method without @Requires refused: " + method);
                request.abortWith(AccessProblems.forbidden("This operation is not open to API clients"));
            }
            return;
        }
        List<CredentialKind> accepted = Arrays.asList(rule.credentials());
        if (!(ApiAuthentication.of(servletRequest) instanceof ApiAuthentication.Authenticated authenticated)
                || !accepted.contains(authenticated.caller().credential())) {
            request.abortWith(AccessProblems.unauthorized(howToAuthenticate(accepted), accepted, null));
            return;
        }
        Caller caller = authenticated.caller();
        if (!caller.has(rule.role())) {
            request.abortWith(AccessProblems.forbidden("This needs the role " + rule.role().roleName()
                    + "; " + caller.name() + " is " + caller.role().roleName()));
        } else if (!caller.may(rule.scope())) {
            request.abortWith(AccessProblems.insufficientScope("This needs a token with the scope "
                    + rule.scope().scopeName(), rule.scope().scopeName()));
        }
    }

    private static String howToAuthenticate(List<CredentialKind> accepted) {
        if (accepted.equals(List.of(CredentialKind.PASSWORD))) {
            return "Authenticate with HTTP Basic: your user name and password";
        }
        if (accepted.contains(CredentialKind.PASSWORD)) {
            return "Authenticate with a bearer token or HTTP Basic";
        }
        return "Authenticate with Authorization: Bearer <token> (see POST /api/tokens)";
    }
}
