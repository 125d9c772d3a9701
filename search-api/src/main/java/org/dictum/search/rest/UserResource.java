package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.AccountService;
import org.dictum.search.security.UserSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration, for administrators. */
@Tag(name = ApiDocs.ACCOUNTS)
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    AccountService accounts;

    @Context
    UriInfo uriInfo;

    @GET
    @Requires(role = Role.ADMIN, scope = TokenScope.READ)
    @Operation(summary = "List users")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public List<UserSummary> list() {
        return accounts.list();
    }

    @GET
    @Path("/{name}")
    @Requires(role = Role.ADMIN, scope = TokenScope.READ)
    @Operation(summary = "One user")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public UserSummary user(@PathParam("name") String name) {
        return accounts.summary(name);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Create a user")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserSummary.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response create(@NotNull(message = "A JSON body is required") @Valid NewUser body) {
        UserSummary created = accounts.create(body.name(), body.password(), body.parsedRole());
        URI location = uriInfo.getBaseUriBuilder().path(UserResource.class).path(created.name()).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("/{name}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Set a user's role")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The user with the new role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserSummary.class)))
    @APIResponse(responseCode = "409", description = "The user is the last active administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public UserSummary assignRole(@PathParam("name") String name, @NotNull(message = "A JSON body is required") @Valid RoleChange body) {
        return accounts.assignRole(name, RoleChange.parse(body.role()));
    }

    @PUT
    @Path("/{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Set a user's password")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public UserSummary setPassword(@PathParam("name") String name, @NotNull(message = "A JSON body is required") @Valid PasswordChange body) {
        return accounts.setPassword(name, body.password());
    }

    @PUT
    @Path("/{name}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Enable or disable a user")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The user, enabled or disabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserSummary.class)))
    @APIResponse(responseCode = "409", description = "The user is the last active administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public UserSummary setEnabled(@PathParam("name") String name, @NotNull(message = "A JSON body is required") @Valid EnabledChange body) {
        return accounts.setEnabled(name, body.enabled());
    }
}
