package org.dictum.search.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Conditional GET (RFC 9110, 13.1.2): a GET or HEAD that would answer 200 with an ETag answers 304 Not Modified,
 * with that ETag and no body, when its If-None-Match names the same entity tag or is {@code *}. If-None-Match
 * compares weakly, so {@code W/"3"} matches {@code "3"}. An answer without an ETag, any other status and a header
 * that is no list of entity tags are left as they are.
 */
@Provider
public class NotModified implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        EntityTag current = response.getEntityTag();
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (read && response.getStatus() == Response.Status.OK.getStatusCode() && current != null
                && ifNoneMatch != null && matches(ifNoneMatch, current.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /**
     * Documents the conditional GET on a GET operation whose 200 answer has an {@code ETag} header (as the records'
     * GETs declare it): the {@code If-None-Match} header and the 304 answer with its ETag and no body. Other
     * operations, and a null one, are left as they are.
     */
    static void document(Operation get) {
        APIResponse ok = get == null || get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        if (ok == null || ok.getHeaders() == null || !ok.getHeaders().containsKey(ApiDocs.ETAG)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        boolean described = get.getParameters() != null && get.getParameters().stream()
                .anyMatch(p -> HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(p.getName()));
        if (!described) {
            get.addParameter(OASFactory.createParameter().name(HttpHeaders.IF_NONE_MATCH).in(Parameter.In.HEADER)
                    .description("ETags read before (compared weakly), or *: the answer is 304 while one of them is current")
                    .example("\"3\"").schema(text));
        }
        get.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: If-None-Match names the current ETag (or is *); no body")
                .addHeader(ApiDocs.ETAG, OASFactory.createHeader().description(ApiDocs.ETAG_DESCRIPTION).schema(text)));
    }

    /**
     * Whether the If-None-Match field value is {@code *} or lists a tag whose opaque part is {@code current}'s, the
     * current ETag's without quotes and weakness.
     */
    static boolean matches(String ifNoneMatch, String current) {
        return ifNoneMatch.strip().equals("*") || opaqueTags(ifNoneMatch).contains(current);
    }

    /** The opaque tags of a list such as {@code "a", W/"b"}, without quotes or weakness; empty when it is malformed. */
    static List<String> opaqueTags(String list) {
        List<String> tags = new ArrayList<>();
        int at = 0;
        while (at < list.length()) {
            char c = list.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
                continue;
            }
            if (list.startsWith("W/", at)) {
                at += 2;
            }
            int close = list.indexOf('"', at + 1);
            if (at >= list.length() || list.charAt(at) != '"' || close < 0) {
                return List.of();
            }
            tags.add(list.substring(at + 1, close));
            at = close + 1;
        }
        return tags;
    }
}
