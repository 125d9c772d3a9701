package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.LongSupplier;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.search.application.CollectionPatch;
import org.dictum.search.collection.CollectionMembers;
import org.dictum.search.collection.CollectionService;
import org.dictum.search.collection.CollectionSummary;
import org.dictum.search.collection.MemberKind;
import org.dictum.search.collection.MembershipChange;
import org.dictum.search.history.RecordRevision;
import org.dictum.search.query.Paging;
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
 * Collections: listing, members and history for everyone who may see them (private ones only for
 * their owner and librarians; to others they do not exist, 404), curation for librarians. A deleted
 * collection's slug answers 410 to those who could see it and is never given to another collection.
 */
@Path("/collections")
@Tag(name = ApiDocs.COLLECTIONS)
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    CollectionService collections;

    @Inject
    ChangeAttribution attribution;

    @Context
    UriInfo uriInfo;

    /** The collections the caller may see, by title, with their member counts. */
    @GET
    @Operation(summary = "The collections the caller may see")
    @APIResponse(responseCode = "200", description = "By title, with member counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionSummary.class, type = SchemaType.ARRAY)))
    public List<CollectionSummary> list() {
        return collections.list();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One collection")
    @APIResponse(responseCode = "200", description = "The collection with its counts; its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionSummary.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response collection(@PathParam("slug") String slug) {
        CollectionSummary collection = collections.get(slug);
        return Response.ok(collection).tag(RecordVersions.entityTag(collection.version())).build();
    }

    /** A page of the ids of the direct members: articles, then statements, each ascending. */
    @GET
    @Path("/{slug}/members")
    @Operation(summary = "The ids of a collection's members, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of member ids: total, offset, limit, articles, statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionMembers.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public CollectionMembers members(@PathParam("slug") String slug,
                                     @Parameter(description = "Members to skip: articles first, then statements", example = "0")
                                     @QueryParam("offset") @DefaultValue("0") String offset,
                                     @Parameter(description = "Most members to answer: 1 to dictum.search.max-page-size (100)",
                                             example = "20")
                                     @QueryParam("limit") @DefaultValue("20") String limit) {
        return collections.members(slug, Paging.number("offset", offset), Paging.number("limit", limit));
    }

    /** The revisions of the collection, newest first; membership changes show as {@code articles}/{@code statements}. */
    @GET
    @Path("/{slug}/history")
    @Operation(summary = "A collection's revisions, newest first")
    @APIResponse(responseCode = "200", description = RevisionPaging.PAGE_DESCRIPTION,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRevision.class, type = SchemaType.ARRAY)))
    public Response history(@PathParam("slug") String slug, @BeanParam RevisionPaging paging, @Context UriInfo uri) {
        return RevisionPaging.answer(collections.history(slug, paging.offset(), paging.limit()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Create a collection")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionSummary.class)))
    @APIResponse(responseCode = "409", description = "The slug is another collection's, or was a deleted collection's (never reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response create(@NotNull(message = "A JSON body is required") @Valid CollectionRequests.NewCollection body) {
        attribution.because(body.reason());
        CollectionSummary created = collections.create(body.slug(), body.title(), body.description(), body.visibility());
        return Response.created(uriInfo.getBaseUriBuilder().path(CollectionResource.class).path(created.slug()).build())
                .entity(created).tag(RecordVersions.entityTag(created.version())).build();
    }

    /** Changes title, description or visibility of the version named by If-Match (or {@code version}): 428 without. */
    @PATCH
    @Path("/{slug}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Change title, description or visibility")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The collection as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CollectionSummary.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response edit(@PathParam("slug") String slug, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                         @NotNull(message = "A JSON object is required") CollectionPatch patch) {
        attribution.because(patch.reason().orElse(null));
        long version = RecordVersions.readVersion(ifMatch, patch.version(), currentVersion(slug));
        CollectionSummary edited = collections.update(slug, version, patch.toEdit());
        return Response.ok(edited).tag(RecordVersions.entityTag(edited.version())).build();
    }

    /** Deletes the collection (its members stay in the archive); 204. */
    @DELETE
    @Path("/{slug}")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Delete a collection")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "204", description = "Deleted; its members stay in the archive")
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response delete(@PathParam("slug") String slug, @HeaderParam(ActorResource.IF_MATCH) String ifMatch) {
        collections.delete(slug, RecordVersions.optionalVersion(ifMatch, null, currentVersion(slug)));
        return Response.noContent().build();
    }

    @POST
    @Path("/{slug}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Add member articles and statements")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "What was added and what already was a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipChange.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response addMembers(@PathParam("slug") String slug, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                               @NotNull(message = "A JSON body is required") @Valid CollectionRequests.Members body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(slug));
        return tagged(collections.addMembers(slug, version, body.articles(),
                body.statements()));
    }

    @POST
    @Path("/{slug}/members/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Remove member articles and statements")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "What was removed and what was not a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipChange.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response removeMembers(@PathParam("slug") String slug, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                                  @NotNull(message = "A JSON body is required") @Valid CollectionRequests.Members body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(slug));
        return tagged(collections.removeMembers(slug, version, body.articles(),
                body.statements()));
    }

    /**
     * Adds every hit of a search: {@code of=articles} or {@code of=statements}, and the search's
     * parameters as in {@code GET /api/search/...} ({@code q}, facet filters, dates).
     */
    @POST
    @Path("/{slug}/members/search")
    @BodyOptional
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Add every hit of a search")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "What was added and what already was a member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipChange.class)))
    @APIResponse(responseCode = "410", description = "The collection was deleted; its slug stays reserved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response addSearchHits(@PathParam("slug") String slug, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                                  @QueryParam("of") String of, @BeanParam SearchParameters search) {
        Long version = RecordVersions.optionalVersion(ifMatch, null, currentVersion(slug));
        return tagged(collections.addSearchHits(slug, version, search.toRequest("of"),
                memberKind(of)));
    }

    /** {@code of}, which the request must give: a missing one is said to be missing, not to be "null". */
    static MemberKind memberKind(String of) {
        if (of == null) {
            throw new InvalidInputException("of", "of is required: 'articles' or 'statements'");
        }
        return MemberKind.byLabel(of).orElseThrow(() ->
                new InvalidInputException("of", "of is 'articles' or 'statements', not '" + of + "'"));
    }

    /**
     * A membership change's answer, with the collection's version after it as ETag, as every other write of the API
     * answers: the next change can name it in If-Match without reading the collection again.
     */
    private static Response tagged(MembershipChange change) {
        return Response.ok(change).tag(RecordVersions.entityTag(change.collection().version())).build();
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(String slug) {
        return () -> collections.get(slug).version();
    }
}
