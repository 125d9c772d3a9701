package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.application.Dates;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.history.AuditLog;
import org.dictum.search.history.RevisionWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole audit log as CSV or JSON Lines, streamed: every revision of every audited record in
 * the time range, oldest first. {@code from} is inclusive, {@code until} exclusive; a date alone
 * means its start (UTC). For administrators: it names every user and every reason.
 */
@Tag(name = ApiDocs.HISTORY)
@Path("/audit")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @Produces({ExportFormat.JSONL_TYPE, ExportFormat.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Requires(role = Role.ADMIN, scope = TokenScope.READ)
    @Operation(summary = "Export the audit log (CSV or JSON lines)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The revisions, streamed, one line (CSV: one row per changed field) each",
            content = {@Content(mediaType = ExportFormat.JSONL_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("until") String until, @Context HttpHeaders headers) {
        ExportFormat chosen = ExportResource.formatChosen(format, headers.getAcceptableMediaTypes(), ExportFormat.JSONL);
        Instant since = Dates.instantOf("from", from);
        Instant before = Dates.instantOf("until", until);
        if (since != null && before != null && !since.isBefore(before)) {
            throw new InvalidInputException("from", "from (" + since + ") must be before until (" + before + ")");
        }
        StreamingOutput body = out -> {
            RevisionWriter writer = RevisionWriter.writingTo(chosen, out);
            auditLog.forEachRevision(since, before, writer::write);
            writer.finish();
        };
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dictum-audit." + chosen.extension() + "\"")
                .build();
    }
}
