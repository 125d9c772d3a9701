package org.dictum.search.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.export.Citation;
import org.dictum.search.export.CitationFormat;
import org.dictum.search.export.Permalinks;

/** The answer of {@code GET /api/{articles|statements}/{id}/citation}: {@code format} ris, bibtex or csl-json (default). */
final class CitationResponse {

    /*
     * The types the citation endpoints answer (CitationFormat's, without the charset), for their @Produces: the
     * resources' JSON default refused 'Accept: application/x-research-info-systems' with 406 for format=ris.
     * application/json stays acceptable, for clients that send it on every request.
     */
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    static final String RIS = "application/x-research-info-systems";
    static final String BIBTEX = "application/x-bibtex";

    private CitationResponse() {
    }

    /** The format is checked before the record is read, so that a bad format answers 400 whatever the id. */
    static Response of(String record, long id, String format, UriInfo uri, Function<Permalinks, Citation> cite) {
        CitationFormat chosen = CitationFormat.named(format == null ? "csl-json" : format)
                .orElseThrow(() -> new InvalidInputException("format", "format must be ris, bibtex or csl-json"));
        return Response.ok(chosen.write(cite.apply(PortalAddress.permalinks(uri))), chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"dictum-" + record + "-" + id + "." + chosen.extension() + "\"")
                .build();
    }
}
