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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.CredentialKind;
import org.dictum.search.security.IssuedToken;
import org.dictum.search.security.TokenService;
import org.dictum.search.security.TokenSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's API tokens. A token is made with the user's name and password (HTTP Basic), never
 * with another token, so that a leaked token cannot make itself permanent.
 */
@Tag(name = ApiDocs.ACCOUNTS)
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE, credentials = CredentialKind.PASSWORD)
    @Operation(summary = "Make an API token (HTTP Basic)")
    @SecurityRequirement(name = ApiDocs.BASIC)
    @APIResponse(responseCode = "201", description = "The token, shown this once; Location names it (GET there reads it, DELETE revokes it)",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "429", description = "Too many failed logins; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response issue(@NotNull(message = "A JSON body is required") @Valid TokenRequest body) {
        IssuedToken issued = tokens.issue(CurrentCaller.of(request), body.name(), body.scopeSet());
        URI location = uriInfo.getBaseUriBuilder().path(TokenResource.class).path(Long.toString(issued.id())).build();
        return Response.created(location).entity(issued).build();
    }

    /** The caller's tokens, or with {@code user} an administrator's view of another user's (403 for others). */
    @GET
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ, credentials = {CredentialKind.TOKEN, CredentialKind.PASSWORD})
    @Operation(summary = "List your API tokens (administrators: any user's, with user)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.BASIC)
    @APIResponse(responseCode = "200", description = "The tokens, newest first, without their secrets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenSummary.class, type = SchemaType.ARRAY)))
    public List<TokenSummary> list(@Parameter(description = "Another user's name (administrators only)") @QueryParam("user") String user) {
        return tokens.ownedBy(CurrentCaller.of(request), user);
    }

    /** One of the caller's tokens (an administrator's: anyone's), as listed: what a new token's Location names. */
    @GET
    @Path("/{id}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ, credentials = {CredentialKind.TOKEN, CredentialKind.PASSWORD})
    @Operation(summary = "One of your API tokens, without its secret")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.BASIC)
    @APIResponse(responseCode = "200", description = "The token as listed, without its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenSummary.class)))
    public TokenSummary token(@PathParam("id") long id) {
        return tokens.summary(CurrentCaller.of(request), id);
    }

    /** Revokes one of the caller's tokens (an administrator's: anyone's); the token stays listed, inactive. */
    @DELETE
    @Path("/{id}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE, credentials = {CredentialKind.TOKEN, CredentialKind.PASSWORD})
    @Operation(summary = "Revoke an API token")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @SecurityRequirement(name = ApiDocs.BASIC)
    public TokenSummary revoke(@PathParam("id") long id) {
        return tokens.revoke(CurrentCaller.of(request), id);
    }
}
