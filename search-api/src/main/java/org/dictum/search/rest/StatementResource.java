package org.dictum.search.rest;

import jakarta.inject.Inject;
import org.dictum.search.export.Citations;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.LongSupplier;
import org.dictum.search.application.ArchiveService;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.application.StatementCuration;
import org.dictum.search.application.StatementDetail;
import org.dictum.search.application.StatementPatch;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Single statements with their provenance, and librarians' decisions about them. */
@Tag(name = ApiDocs.STATEMENTS)
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    Citations citations;


    @Inject
    ArchiveService archive;

    @Inject
    StatementCuration curation;

    @Inject
    RecordHistory history;

    @GET
    @Path("/{id}")
    @Operation(summary = "One statement with its provenance")
    @APIResponse(responseCode = "200", description = "The statement; its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDetail.class)))
    public Response statement(@PathParam("id") long id) {
        StatementDetail statement = archive.statement(id);
        return Response.ok(statement).tag(RecordVersions.entityTag(statement.version())).build();
    }

    /** A librarian confirms the statement as it stands (also takes a rejected one back). */
    @POST
    @Path("/{id}/verify")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Operation(summary = "Verify a statement")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Verified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response verify(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false) @Valid CurationRequest body) {
        long version = RecordVersions.readVersion(ifMatch, CurationRequest.versionOf(body), currentVersion(id));
        return tagged(curation.verify(id, version, CurationRequest.reasonOf(body)));
    }

    /** Corrects speaker, speaker actor, cue, span, date, mentioned actors or topics (a JSON merge patch). */
    @PATCH
    @Path("/{id}")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Correct a statement (JSON merge patch)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response correct(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull(message = "A JSON object is required") StatementPatch patch) {
        long version = RecordVersions.readVersion(ifMatch, patch.version(), currentVersion(id));
        return tagged(curation.correct(id, version, patch));
    }

    /** Rejects the statement with a reason (body {@code reason} or X-Dictum-Reason); search leaves it out. */
    @POST
    @Path("/{id}/reject")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Operation(summary = "Reject a statement with a reason")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response reject(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(required = false) @Valid CurationRequest body) {
        long version = RecordVersions.readVersion(ifMatch, CurationRequest.versionOf(body), currentVersion(id));
        return tagged(curation.reject(id, version, CurationRequest.reasonOf(body)));
    }

    private static Response tagged(StatementDetail statement) {
        return Response.ok(statement).tag(RecordVersions.entityTag(statement.version())).build();
    }

    /** The revisions of the statement, newest first. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "A statement's revisions, newest first")
    @APIResponse(responseCode = "200", description = RevisionPaging.PAGE_DESCRIPTION,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRevision.class, type = SchemaType.ARRAY)))
    public Response history(@PathParam("id") long id, @BeanParam RevisionPaging paging, @Context UriInfo uri) {
        return RevisionPaging.answer(history.page(AuditedRecord.STATEMENT, id, paging.offset(), paging.limit()), uri);
    }

    /** The statement (its article, its words and a permalink to its span in the archived text) as a citation: {@code format} ris, bibtex or csl-json (default). */
    @GET
    @Path("/{id}/citation")
    @Operation(summary = "Cite the statement (RIS, BibTeX or CSL-JSON)")
    @Produces({CitationResponse.CSL_JSON, CitationResponse.RIS, CitationResponse.BIBTEX, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The citation in the format asked for",
            content = {@Content(mediaType = CitationResponse.CSL_JSON, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationResponse.RIS, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationResponse.BIBTEX, schema = @Schema(type = SchemaType.STRING))})
    public Response citation(@PathParam("id") long id, @QueryParam("format") String format, @Context UriInfo uri) {
        return CitationResponse.of("statement", id, format, uri, links -> citations.ofStatement(id, links));
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(long id) {
        return () -> archive.statement(id).version();
    }
}
