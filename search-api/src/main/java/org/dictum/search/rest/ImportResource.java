package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.imports.FailurePage;
import org.dictum.search.imports.ImportJobs;
import org.dictum.search.imports.ImportLedger;
import org.dictum.search.imports.ImportPage;
import org.dictum.search.imports.ImportSummary;
import org.dictum.search.imports.ServerFileImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk imports (docs/IMPORT.md). Starting one answers 202 with its Location; its progress is read
 * from there until its status is completed, stopped or failed. Restart and stop take an empty
 * JSON object as their body, like every other POST of the API.
 */
@Tag(name = ApiDocs.IMPORTS)
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final String STARTED = "Accepted: the import runs in the background; the body is its status as it starts";
    private static final String STOPPING = "Accepted: the import stops after its current chunk; the body is its status now";
    private static final String FOLLOW = "The import's status, to follow its progress";

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportPaging paging;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** Imports an uploaded file: multipart parts {@code file}, and optionally {@code format} and {@code mapping}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Start a bulk import of an uploaded file (JSON Lines, CSV, ZIP of .html/.txt, WARC)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "202", description = STARTED, headers = @Header(name = "Location", description = FOLLOW,
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    public Response upload(List<EntityPart> parts) throws IOException {
        ImportUpload upload = ImportUpload.of(parts);
        return accepted(jobs.upload(CurrentCaller.of(request).name(), upload.fileName(), upload.content(), upload.format(),
                upload.mapping()));
    }

    /** Administrators: imports a file or directory below {@code dictum.import.server-dir}. */
    @POST
    @Path("/server-files")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Start a bulk import of a file in the configured server directory (administrators)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "202", description = STARTED, headers = @Header(name = "Location", description = FOLLOW,
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    public Response serverFile(@NotNull(message = "A JSON body is required") @Valid ServerFileImport body) {
        return accepted(jobs.serverFile(CurrentCaller.of(request).name(), body.path(), body.format(), body.mapping()));
    }

    @GET
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.READ)
    @Operation(summary = "Bulk imports, newest first, with their progress")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public ImportPage list(@QueryParam("offset") @DefaultValue("0") String offset, @QueryParam("limit") @DefaultValue("20") String limit) {
        return ledger.page(paging.offset(offset), paging.limit(limit));
    }

    /** The import's status and progress: read, stored, skipped, failed, total, docsPerSecond, etaSeconds. */
    @GET
    @Path("/{id}")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.READ)
    @Operation(summary = "One bulk import: records read, stored, skipped, failed, docs/s, ETA")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public ImportSummary status(@PathParam("id") long id) {
        return ledger.summary(id);
    }

    /** The records the import could not store, in source order, with the reason. */
    @GET
    @Path("/{id}/failures")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.READ)
    @Operation(summary = "The records a bulk import could not store, with their reasons")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public FailurePage failures(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") String offset,
                                @QueryParam("limit") @DefaultValue("50") String limit) {
        return ledger.failures(id, paging.offset(offset), paging.limit(limit));
    }

    /** Resumes a stopped, failed or interrupted import after its last stored record; 409 for any other. No body, or {@code {}}. */
    @POST
    @Path("/{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Resume a stopped, failed or interrupted bulk import from its last committed record")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "202", description = STARTED, headers = @Header(name = "Location", description = FOLLOW,
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "409", description = "The import is not stopped, failed or interrupted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response restart(@PathParam("id") long id) {
        return accepted(jobs.restart(id));
    }

    /** Stops a running import after its current chunk; 409 when it is not running. No body, or {@code {}}. */
    @POST
    @Path("/{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Stop a running bulk import after its current chunk")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "202", description = STOPPING, headers = @Header(name = "Location", description = FOLLOW,
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "409", description = "The import is not running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response stop(@PathParam("id") long id) {
        return accepted(jobs.stop(id));
    }

    private Response accepted(ImportSummary summary) {
        return Response.accepted(summary)
                .location(uriInfo.getBaseUriBuilder().path(ImportResource.class).path(String.valueOf(summary.id())).build())
                .build();
    }
}
