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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;
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
 * 400 before anything is written, and {@code X-Dictum-Export-Rows} announces the count. Without {@code format},
 * the format is the one the Accept header prefers (CSV for none); an Accept that names neither answers 406.
 */
@Tag(name = ApiDocs.EXPORTS)
@Path("/export")
public class ExportResource {

    static final String ROWS_HEADER = "X-Dictum-Export-Rows";

    @Inject
    ArchiveExport export;

    @GET
    @Path("/{records}")
    @Produces({ExportFormat.CSV_TYPE, ExportFormat.JSONL_TYPE, MediaType.APPLICATION_JSON})
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @Operation(summary = "Export every hit of a search (CSV or JSON Lines), streamed",
            description = "records: statements, articles (an article search), or statement-articles (the articles of a statement search's hits, each once); the parameters of /api/search/...; format: csv or jsonl (without it, the one Accept prefers; csv for none). "
                    + "More hits than dictum.export.max-rows answer 400. See docs/EXPORTS.md.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "One row per hit; X-Dictum-Export-Rows holds the count",
            content = {@Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ExportFormat.JSONL_TYPE, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@PathParam("records") String records, @QueryParam("format") String format,
                           @BeanParam SearchParameters parameters, @Context UriInfo uri, @Context HttpHeaders headers) {
        ExportedRecords what = ExportedRecords.byParameter(records)
                .orElseThrow(() -> new UnknownEntityException("Export", records));
        ExportFormat chosen = formatChosen(format, headers.getAcceptableMediaTypes(), ExportFormat.CSV);
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

    /**
     * The format named by {@code format}, else the one the Accept header prefers, else {@code fallback}: the format
     * was read from the query alone, so a client asking for JSON Lines by its Accept got CSV, and one asking for a
     * type no export writes (application/xml) got CSV too, where other endpoints answer 406. A blank {@code format}
     * ({@code ?format=}, as forms and generated clients send an unset one) counts as absent, as blank search
     * parameters do; it was refused with 400.
     */
    static ExportFormat formatChosen(String format, List<MediaType> acceptable, ExportFormat fallback) {
        if (format == null || format.isBlank()) {
            List<ExportFormat> fallbackFirst = Stream.concat(Stream.of(fallback),
                    Stream.of(ExportFormat.values()).filter(other -> other != fallback)).toList();
            return PreferredType.among(acceptable, fallbackFirst, ExportFormat::mediaType).orElse(fallback);
        }
        return ExportFormat.named(format).orElseThrow(() -> new InvalidInputException("format", "format must be csv or jsonl"));
    }
}
