package org.dictum.search.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.dictum.search.history.RecordRevision;
import org.dictum.search.history.RevisionPage;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paging;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Paging of a record's history ({@code GET …/{id}/history}): {@code offset} and {@code limit}, read as the search's
 * facet value paging reads them. The answer stays the JSON array of revisions it always was; the total goes in
 * {@value #TOTAL_COUNT} and the pages next to it in {@code Link} headers, as every list's ({@link PageLinks}).
 */
public class RevisionPaging {

    static final String TOTAL_COUNT = "X-Total-Count";
    static final String PAGE_DESCRIPTION = "A page of revisions, newest first (a JSON array)";
    static final String TOTAL_DESCRIPTION = "How many revisions the record has in all";

    @Parameter(description = "Revisions to skip, newest first", example = "0")
    @QueryParam("offset")
    @DefaultValue("0")
    String offset;

    @Parameter(description = "Most revisions to answer: 1 to dictum.history.max-page-size (1000)", example = "100")
    @QueryParam("limit")
    @DefaultValue("100")
    String limit;

    int offset() {
        return Paging.number("offset", offset);
    }

    int limit() {
        return Paging.number("limit", limit);
    }

    /**
     * Documents the paging headers on the 200 answer of every history operation of the OpenAPI document, in one
     * place rather than on each resource method ({@link OpenApiProblems} calls this).
     */
    static void documentHeaders(String path, Operation operation) {
        APIResponse page = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (!path.endsWith("/history") || page == null) {
            return;
        }
        page.addHeader(TOTAL_COUNT, OASFactory.createHeader().description(TOTAL_DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        page.addHeader(HttpHeaders.LINK, PageLinks.document());
    }

    /** The page as the API answers it. */
    static Response answer(RevisionPage page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(new GenericEntity<List<RecordRevision>>(page.revisions()) {
        }).header(TOTAL_COUNT, page.total());
        return answer.links(PageLinks.headers(uri.getRequestUri(), PageLink.byOffset(page.offset(), page.limit(), page.total()))
                .toArray(Link[]::new)).build();
    }
}
