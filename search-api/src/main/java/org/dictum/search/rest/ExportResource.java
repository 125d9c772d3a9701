package org.dictum.search.rest;

import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.export.ArchiveExport;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.export.ExportedRecords;
import org.dictum.search.export.Permalinks;
import org.dictum.search.query.SearchRequest;

/**
 * Every hit of a search (the parameters of {@code /api/search/...}) as CSV or JSON Lines, streamed.
 * The hits are counted first: a search with more than {@code dictum.export.max-rows} is refused with
 * 400 before anything is written, and {@code X-Dictum-Export-Rows} announces the count.
 */
@Tag(name = ApiDocs.EXPORTS)
@Path("/export")
public class ExportResource {

    static final String ROWS_HEADER = "X-Dictum-Export-Rows";

    @Inject
    ArchiveExport export;

    @GET
    @Path("/{records}")
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @Operation(summary = "Export every hit of a search (CSV or JSON Lines), streamed",
            description = "records: statements, articles (an article search), or statement-articles (the articles of a statement search's hits, each once); the parameters of /api/search/...; format: csv (default) or jsonl. "
                    + "More hits than dictum.export.max-rows answer 400. See docs/EXPORTS.md.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "One row per hit; X-Dictum-Export-Rows holds the count",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING))})
    public Response export(@PathParam("records") String records, @QueryParam("format") String format,
                           @BeanParam SearchParameters parameters, @Context UriInfo uri) {
        ExportedRecords what = ExportedRecords.byParameter(records)
                .orElseThrow(() -> new UnknownEntityException("Export", records));
        ExportFormat chosen = formatNamed(format);
        SearchRequest request = parameters.toRequest("format");
        long rows = export.count(what, request);
        Permalinks links = PortalAddress.permalinks(uri);
        StreamingOutput body = out -> export.write(what, request, chosen, links, out);
        return Response.ok(body, chosen.mediaType())
                .header(ROWS_HEADER, rows)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"dictum-" + what.parameter() + "." + chosen.extension() + "\"")
                .build();
    }

    static ExportFormat formatNamed(String format) {
        return ExportFormat.named(format == null ? "csv" : format)
                .orElseThrow(() -> new InvalidInputException("format", "format must be csv or jsonl"));
    }
}
