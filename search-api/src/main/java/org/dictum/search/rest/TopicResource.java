package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.domain.topic.skos.TaxonomyImport;
import org.dictum.persistence.audit.ChangeAttribution;
import org.dictum.search.authority.TopicEntry;
import org.dictum.search.authority.TopicTaxonomy;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The topic taxonomy: the tree, SKOS export and history for everyone who may read, curation for librarians. */
@Tag(name = ApiDocs.TOPICS)
@Path("/topics")
public class TopicResource {

    static final String TURTLE = "text/turtle";
    static final String RDF_XML = "application/rdf+xml";

    @Inject
    TopicTaxonomy taxonomy;

    @Inject
    RecordHistory history;

    @Inject
    ChangeAttribution attribution;

    @Context
    UriInfo uriInfo;

    /**
     * Every topic, parents before children, as JSON; with {@code format=skos} the taxonomy as SKOS in
     * Turtle, or in RDF/XML when the client accepts {@code application/rdf+xml} (or asks
     * {@code format=skos-rdfxml}). Without {@code format}, the type the client's Accept prefers among
     * the three (JSON for none or {@code *}{@code /*}).
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, TURTLE, RDF_XML})
    @Operation(summary = "The topic taxonomy (JSON or SKOS)")
    @APIResponse(responseCode = "200", description = "Every topic, parents before children; SKOS Turtle or RDF/XML with format=skos"
            + " or an Accept that prefers them",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TopicEntry.class)),
                    @Content(mediaType = TURTLE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = RDF_XML, schema = @Schema(type = SchemaType.STRING))})
    public Response tree(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                         @Context HttpHeaders headers) {
        if (format == null || format.isBlank()) {
            return switch (preferredTreeType(headers)) {
                case TURTLE -> Response.ok(taxonomy.exportTurtle(), TURTLE + ";charset=UTF-8").build();
                case RDF_XML -> Response.ok(taxonomy.exportRdfXml(), RDF_XML + ";charset=UTF-8").build();
                default -> Response.ok(taxonomy.tree(), MediaType.APPLICATION_JSON_TYPE).build();
            };
        }
        boolean rdfXml = "skos-rdfxml".equals(format) || "skos".equals(format) && accept != null && accept.contains(RDF_XML);
        if (rdfXml) {
            return Response.ok(taxonomy.exportRdfXml(), RDF_XML + ";charset=UTF-8").build();
        }
        if (!"skos".equals(format)) {
            throw new InvalidInputException("format", "format is 'skos' (Turtle, or RDF/XML with Accept: application/rdf+xml)"
                    + " or 'skos-rdfxml', not '" + format + "'");
        }
        return Response.ok(taxonomy.exportTurtle(), TURTLE + ";charset=UTF-8").build();
    }

    /**
     * JSON, Turtle or RDF/XML, whichever comes first in the Accept list as JAX-RS orders it (by quality, then by
     * how specific): a client asking for {@code text/turtle} alone got JSON labelled application/json.
     */
    private static String preferredTreeType(HttpHeaders headers) {
        return PreferredType.among(headers.getAcceptableMediaTypes(), List.of(MediaType.APPLICATION_JSON, TURTLE, RDF_XML),
                Function.identity()).orElse(MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One topic")
    @APIResponse(responseCode = "200", description = "The topic; its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    public Response topic(@PathParam("id") long id) {
        TopicEntry topic = taxonomy.get(id);
        return Response.ok(topic).tag(RecordVersions.entityTag(topic.version())).build();
    }

    /** The revisions of the topic, newest first. */
    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A topic's revisions, newest first")
    @APIResponse(responseCode = "200", description = RevisionPaging.PAGE_DESCRIPTION,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRevision.class, type = SchemaType.ARRAY)))
    public Response history(@PathParam("id") long id, @BeanParam RevisionPaging paging, @Context UriInfo uri) {
        return RevisionPaging.answer(history.page(AuditedRecord.TOPIC, id, paging.offset(), paging.limit()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Add a topic")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Added; Location names it, ETag is its version",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    @APIResponse(responseCode = "409", description = "Another topic has this label",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response add(@NotNull(message = "A JSON body is required") @Valid TopicRequests.NewTopic body) {
        attribution.because(body.reason());
        TopicEntry created = taxonomy.add(body.label(), body.parent(), body.scopeNote());
        return Response.created(uriInfo.getBaseUriBuilder().path(TopicResource.class).path(Long.toString(created.id())).build())
                .entity(created).tag(RecordVersions.entityTag(created.version())).build();
    }

    @PUT
    @Path("/{id}/label")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Relabel a topic")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The topic as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    public Response rename(@PathParam("id") long id, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                             @NotNull(message = "A JSON body is required") @Valid TopicRequests.Relabel body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(taxonomy.rename(id, version, body.label()));
    }

    @PUT
    @Path("/{id}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Move a topic under another parent")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The topic as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    public Response move(@PathParam("id") long id, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                           @NotNull(message = "A JSON body is required") @Valid TopicRequests.Move body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(taxonomy.move(id, version, body.parent()));
    }

    /** Merges this topic into {@code into}; answers the survivor. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Merge a topic into another")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The survivor as changed; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    public Response merge(@PathParam("id") long id, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                            @NotNull(message = "A JSON body is required") @Valid TopicRequests.Merge body) {
        attribution.because(body.reason());
        Long version = RecordVersions.optionalVersion(ifMatch, body.version(), currentVersion(id));
        return tagged(taxonomy.merge(id, version, body.into()));
    }

    /** Deletes this topic; its statements and articles move to {@code reassignTo}. Answers that topic. */
    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Delete a topic, reassigning its records")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The topic that took over its records; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TopicEntry.class)))
    public Response delete(@PathParam("id") long id, @HeaderParam(ActorResource.IF_MATCH) String ifMatch,
                             @QueryParam("reassignTo") Long reassignTo) {
        if (reassignTo == null) {
            throw new InvalidInputException("reassignTo", "Say which topic the statements and articles move to: ?reassignTo=<id>");
        }
        Long version = RecordVersions.optionalVersion(ifMatch, null, currentVersion(id));
        return tagged(taxonomy.delete(id, version, reassignTo));
    }

    /** Imports a SKOS Turtle document: new concepts are added, known ones (same code) updated. */
    @POST
    @Path("/skos")
    @Consumes(TURTLE)
    @Produces(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Import SKOS Turtle")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public TaxonomyImport.Summary importSkos(@NotNull(message = "A Turtle body is required") String turtle) {
        return taxonomy.importTurtle(turtle);
    }

    /** A write's answer: the topic as committed, and its version as ETag, as {@code GET /topics/{id}} would give it. */
    private static Response tagged(TopicEntry topic) {
        return Response.ok(topic).tag(RecordVersions.entityTag(topic.version())).build();
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(long id) {
        return () -> taxonomy.get(id).version();
    }
}
