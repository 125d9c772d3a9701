package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.CredentialKind;
import org.dictum.search.security.IssuedToken;
import org.dictum.search.security.TokenService;
import org.dictum.search.security.TokenSummary;

/**
 * The caller's API tokens. A token is made with the user's name and password (HTTP Basic), never
 * with another token, so that a leaked token cannot make itself permanent.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE, credentials = CredentialKind.PASSWORD)
    public Response issue(@NotNull(message = "A JSON body is required") @Valid TokenRequest body) {
        IssuedToken issued = tokens.issue(CurrentCaller.of(request), body.name(), body.scopeSet());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ, credentials = {CredentialKind.TOKEN, CredentialKind.PASSWORD})
    public List<TokenSummary> list() {
        return tokens.ownedBy(CurrentCaller.of(request));
    }

    /** Revokes one of the caller's tokens (an administrator's: anyone's); the token stays listed, inactive. */
    @DELETE
    @Path("/{id}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE, credentials = {CredentialKind.TOKEN, CredentialKind.PASSWORD})
    public TokenSummary revoke(@PathParam("id") long id) {
        return tokens.revoke(CurrentCaller.of(request), id);
    }
}
