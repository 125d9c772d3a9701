package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.reindex.ReindexJobs;
import org.dictum.search.reindex.ReindexStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mass reindex, for administrators: start one, follow it, cancel it. */
@Tag(name = ApiDocs.OPERATIONS)
@Path("/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    @Inject
    ReindexJobs jobs;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Start a reindex",
            description = "Rewrites the search documents of the types from the database while searches keep answering; "
                    + "with regroupStories, first groups the articles archived before stories existed. One run at a time.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "202", description = "Started; Location is the status to follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReindexStatus.class)))
    @APIResponse(responseCode = "409", description = "A reindex is running already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response start(@RequestBody(required = false) ReindexBody body) {
        ReindexStatus started = jobs.start(ReindexBody.orDefault(body).toRequest(CurrentCaller.of(request).name()));
        return Response.accepted(started).location(uriInfo.getBaseUriBuilder().path(ReindexResource.class).build()).build();
    }

    @GET
    @Requires(role = Role.ADMIN, scope = TokenScope.READ)
    @Operation(summary = "The current or last reindex",
            description = "Progress per type, documents per second, time to go, state (idle when none ran since the server started)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public ReindexStatus status() {
        return jobs.status();
    }

    @DELETE
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Cancel the running reindex",
            description = "It stops after its current batch; documents rewritten so far stay. Without a running reindex, "
                    + "nothing changes and the last one is shown.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public ReindexStatus cancel() {
        return jobs.cancel();
    }
}
