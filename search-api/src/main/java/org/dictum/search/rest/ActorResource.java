package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
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
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.domain.actor.ActorRepository.ActorFilter;
import org.dictum.domain.actor.ActorStatus;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.search.authority.ActorAuthority;
import org.dictum.search.authority.ActorEntry;
import org.dictum.search.authority.ActorPage;
import org.dictum.search.authority.MergeOutcome;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;
import org.dictum.search.query.Paging;
import org.dictum.search.saved.SearchQueryString;
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

/** The actor authority: listing, review and history for everyone who may read, curation for librarians. */
@Tag(name = ApiDocs.ACTORS)
@Path("/actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    static final String IF_MATCH = "If-Match";
    /** The most actors one page of the list holds. */
    static final int MAX_LIST_LIMIT = 200;

    @Inject
    ActorAuthority authority;

    @Inject
    RecordHistory history;

    @Inject
    ChangeAttribution attribution;

    @Context
    UriInfo uriInfo;

    /** Actors whose name or alias contains {@code q}; proposed ones first, for review. */
    @GET
    @Operation(summary = "Find actors by name or alias")
    public ActorPage list(@QueryParam("q") String q, @QueryParam("status") String status,
                          @Parameter(description = "true to list merged actors too; true or false")
                          @QueryParam("merged") String withMerged,
                          @Parameter(description = "Actors to skip", example = "0")
                          @QueryParam("offset") @DefaultValue("0") String offset,
                          @Parameter(description = "Most actors to answer: 1 to " + MAX_LIST_LIMIT, example = "50")
                          @QueryParam("limit") @DefaultValue("50") String limit) {
        return authority.list(new ActorFilter(q, parseStatus(status), SearchQueryString.flag("merged", withMerged)),
                Paging.offset(Paging.number("offset", offset)), Paging.limit(Paging.number("limit", limit), MAX_LIST_LIMIT));
    }

    /** One actor; a merged one shows {@code mergedInto}, so old links still lead somewhere. */
    @GET
    @Path("/{id}")
    @Operation(summary = "One actor")
    @APIResponse(responseCode = "200", description = "The actor; its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response actor(@PathParam("id") long id) {
        ActorEntry actor = authority.get(id);
        return Response.ok(actor).tag(RecordVersions.entityTag(actor.version())).build();
    }

    /** The revisions of the actor, newest first. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "An actor's revisions, newest first")
    @APIResponse(responseCode = "200", description = RevisionPaging.PAGE_DESCRIPTION,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRevision.class, type = SchemaType.ARRAY)))
    public Response history(@PathParam("id") long id, @BeanParam RevisionPaging paging, @Context UriInfo uri) {
        return RevisionPaging.answer(history.page(AuditedRecord.ACTOR, id, paging.offset(), paging.limit()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Add an actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Added; Location names it, ETag is its version",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    @APIResponse(responseCode = "409", description = "The name or an alias is another actor's name or alias (also in another case), or an identifier names another actor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response create(@NotNull(message = "A JSON body is required") @Valid ActorRequests.NewActor body) {
        attribution.because(body.reason());
        return created(authority.create(body.canonicalName(), body.details().type(), body.aliasList(), body.details()));
    }

    @PUT
    @Path("/{id}/name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Rename an actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response rename(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                             @NotNull(message = "A JSON body is required") @Valid ActorRequests.Rename body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(authority.rename(id, version, body.canonicalName()));
    }

    @POST
    @Path("/{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Add an alias to an actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response addAlias(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                               @NotNull(message = "A JSON body is required") @Valid ActorRequests.NewAlias body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(authority.addAlias(id, version, body.alias()));
    }

    @DELETE
    @Path("/{id}/aliases/{alias}")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Remove an alias of an actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response removeAlias(@PathParam("id") long id, @PathParam("alias") String alias, @HeaderParam(IF_MATCH) String ifMatch) {
        Long version = RecordVersions.optionalVersion(ifMatch, null, currentVersion(id));
        return tagged(authority.removeAlias(id, version, alias));
    }

    @PUT
    @Path("/{id}/details")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Set an actor's type, country and Wikidata item")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response describe(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                               @NotNull(message = "A JSON body is required") @Valid ActorRequests.Details body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(authority.describe(id, version, body.details()));
    }

    /** Sets ({@code {"affiliation": id}}) or clears ({@code null}) the organisation or country the actor speaks for. */
    @PUT
    @Path("/{id}/affiliation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Set or clear the organisation or country an actor speaks for")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response affiliate(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                                @NotNull(message = "A JSON body is required") ActorRequests.Affiliation body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(authority.affiliate(id, version, body.affiliation()));
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Confirm a proposed actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The actor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response confirm(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                              @RequestBody(required = false) @Valid ActorRequests.Change body) {
        ActorRequests.Change change = ActorRequests.Change.orNone(body);
        attribution.because(change.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, change.version(), currentVersion(id));
        return tagged(authority.confirm(id, version));
    }

    /** Merges this actor into {@code into}: statements move, names become aliases, this one stays as a tombstone. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Merge an actor into another")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Both actors as they are now; the version of the actor named in the path as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MergeOutcome.class)))
    public Response merge(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                              @NotNull(message = "A JSON body is required") @Valid ActorRequests.Merge body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(authority.merge(id, version, body.into()));
    }

    /** Undoes the merge of this (merged) actor: it, its names and its statements' links come back. */
    @POST
    @Path("/{id}/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Undo an actor's merge")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Both actors as they are now; the version of the actor named in the path as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MergeOutcome.class)))
    public Response unmerge(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                                @RequestBody(required = false) @Valid ActorRequests.Change body) {
        ActorRequests.Change change = ActorRequests.Change.orNone(body);
        attribution.because(change.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, change.version(), currentVersion(id));
        return tagged(authority.unmerge(id, version));
    }

    /** Moves the listed statements of this actor to a new actor; 201 with the new actor. */
    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Move statements of an actor to a new actor")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "The new actor; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorEntry.class)))
    public Response split(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch,
                          @NotNull(message = "A JSON body is required") @Valid ActorRequests.Split body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return created(authority.split(id, version, body.canonicalName(),
                ActorRequests.parseType(body.type()), body.statements()));
    }

    /** A write's answer: the actor as committed, and its version as ETag, as {@code GET /actors/{id}} would give it. */
    private static Response tagged(ActorEntry actor) {
        return Response.ok(actor).tag(RecordVersions.entityTag(actor.version())).build();
    }

    /** A merge's or unmerge's answer, tagged with the version of the actor named in the path (the merged one). */
    private static Response tagged(MergeOutcome outcome) {
        return Response.ok(outcome).tag(RecordVersions.entityTag(outcome.merged().version())).build();
    }

    private Response created(ActorEntry actor) {
        return Response.created(uriInfo.getBaseUriBuilder().path(ActorResource.class).path(Long.toString(actor.id())).build())
                .entity(actor).tag(RecordVersions.entityTag(actor.version())).build();
    }

    private static ActorStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ActorStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status is 'proposed' or 'confirmed', not '" + status + "'");
        }
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(long id) {
        return () -> authority.get(id).version();
    }
}
