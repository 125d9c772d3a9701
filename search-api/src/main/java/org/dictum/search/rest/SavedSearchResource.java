package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.function.LongSupplier;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.query.Paging;
import org.dictum.search.saved.FrozenResults;
import org.dictum.search.saved.SavedSearchEntry;
import org.dictum.search.saved.SavedSearches;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's saved searches: save, list, rename, delete, run, freeze. Only the owner sees a saved
 * search (to anyone else it does not exist); a frozen one is public through {@link FrozenSearchResource}.
 */
@Path("/saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.SAVED_SEARCHES)
public class SavedSearchResource {

    @Inject
    SavedSearches saved;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "Save a search", description = "Saves the search under a name; its parameters are checked and stored"
            + " in canonical order. A malformed query answers 400 query-syntax.")
    @APIResponse(responseCode = "201", description = "Saved; Location names it, ETag is its version",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedSearchEntry.class)))
    public Response save(@NotNull(message = "A JSON body is required") @Valid SavedSearchRequests.NewSavedSearch body) {
        SavedSearchEntry created = saved.save(caller(), body.name(), body.target(), body.query());
        URI location = uriInfo.getBaseUriBuilder().path(SavedSearchResource.class).path(Long.toString(created.id())).build();
        return Response.created(location).entity(created.addressedFrom(PortalAddress.root(uriInfo)))
                .tag(RecordVersions.entityTag(created.version())).build();
    }

    @GET
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "List your saved searches", description = "Newest first")
    @APIResponse(responseCode = "200", description = "The caller's saved searches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SavedSearchEntry.class)))
    public List<SavedSearchEntry> list() {
        String root = PortalAddress.root(uriInfo);
        return saved.ownedBy(caller()).stream().map(entry -> entry.addressedFrom(root)).toList();
    }

    @GET
    @Path("/{id}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "One of your saved searches", description = "With its version as ETag")
    @APIResponse(responseCode = "200", description = "The saved search",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedSearchEntry.class)))
    public Response get(@Parameter(description = "Saved search id") @PathParam("id") long id) {
        return tagged(saved.get(caller(), id));
    }

    @PUT
    @Path("/{id}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "Rename a saved search", description = "A frozen search keeps its name (409)")
    @APIResponse(responseCode = "200", description = "Renamed; its new version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedSearchEntry.class)))
    public Response rename(@Parameter(description = "Saved search id") @PathParam("id") long id,
                                   @Parameter(description = "The version renamed, as sent in ETag") @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                                   @NotNull(message = "A JSON body is required") @Valid SavedSearchRequests.Rename body) {
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(saved.rename(caller(), id, version, body.name()));
    }

    @DELETE
    @Path("/{id}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "Delete a saved search", description = "A frozen search cannot be deleted (409): its permalink may be cited")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Parameter(description = "Saved search id") @PathParam("id") long id,
                           @Parameter(description = "The version deleted, as sent in ETag") @HeaderParam(ActorResource.IF_MATCH) String ifMatch) {
        saved.delete(caller(), id, RecordVersions.optionalVersion(ifMatch, null, currentVersion(id)));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/freeze")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.RESEARCHER, scope = TokenScope.WRITE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "Freeze a saved search", description = "Records the ids of its results in order (at most"
            + " dictum.saved-search.max-frozen-results) and gives it a persistent identifier and permalink; a frozen"
            + " search answers the same results forever. Freezing twice answers 409.")
    @APIResponse(responseCode = "200", description = "Frozen; its new version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedSearchEntry.class)))
    public Response freeze(@Parameter(description = "Saved search id") @PathParam("id") long id,
                                   @Parameter(description = "The version frozen, as sent in ETag") @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                                   @RequestBody(required = false) @Valid SavedSearchRequests.Freeze body) {
        Long version = RecordVersions.optionalVersion(ifMatch, body == null ? null : body.version(), currentVersion(id));
        return tagged(saved.freeze(caller(), id, version));
    }

    /** Runs the search: a frozen one answers its recorded results, a live one redirects to the search it stands for. */
    @GET
    @Path("/{id}/results")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(summary = "Run a saved search", description = "A frozen search answers its recorded results (as"
            + " GET /api/saved/{publicId}/results); a live one redirects (303) to GET /api/search/{target} with its parameters")
    @APIResponse(responseCode = "200", description = "The recorded results of a frozen search",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrozenResults.class)))
    @APIResponse(responseCode = "303", description = "A live search: its results are at Location",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response run(@Parameter(description = "Saved search id") @PathParam("id") long id,
                        @Parameter(description = "Page, from 1") @QueryParam("page") @DefaultValue("1") String page,
                        @Parameter(description = "Results per page") @QueryParam("size") @DefaultValue("20") String size) {
        int pageNumber = Paging.number("page", page);
        int pageSize = Paging.number("size", size);
        SavedSearchEntry entry = saved.get(caller(), id);
        if (entry.frozen()) {
            return Response.ok(saved.results(entry.publicId(), pageNumber, pageSize)).build();
        }
        String paging = "page=" + pageNumber + "&size=" + pageSize;
        URI live = URI.create(PortalAddress.root(uriInfo) + entry.search() + (entry.query().isEmpty() ? "?" : "&") + paging);
        return Response.seeOther(live).build();
    }

    /** The saved search as the caller reads it, with its version as ETag: a GET's answer, and a write's. */
    private Response tagged(SavedSearchEntry entry) {
        return Response.ok(entry.addressedFrom(PortalAddress.root(uriInfo))).tag(RecordVersions.entityTag(entry.version())).build();
    }

    private String caller() {
        return CurrentCaller.of(request).name();
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(long id) {
        return () -> saved.get(caller(), id).version();
    }
}
