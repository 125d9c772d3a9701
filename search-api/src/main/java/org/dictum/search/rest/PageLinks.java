package org.dictum.search.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dictum.search.authority.ActorPage;
import org.dictum.search.collection.CollectionMembers;
import org.dictum.search.imports.FailurePage;
import org.dictum.search.imports.ImportPage;
import org.dictum.search.query.FacetValuePage;
import org.dictum.search.query.PageLink;
import org.dictum.search.query.Paged;
import org.dictum.search.query.SearchPage;
import org.dictum.search.saved.FrozenResults;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Answers the pages next to a paged list ({@link Paged}: searches, frozen results, actors, imports and their
 * failures, collection members, facet values) as RFC 8288 {@code Link} headers, {@code rel="next"}, {@code "prev"}
 * and {@code "first"}, each the request's own URI with the paging parameters changed. Only the histories named their
 * next page, so a client that followed {@code Link} on one list found nothing to follow on the others.
 */
@Provider
public class PageLinks implements ContainerResponseFilter {

    static final String DESCRIPTION = "RFC 8288 links to the pages next to this one: <…>; rel=\"next\" while more"
            + " follow, rel=\"prev\" and rel=\"first\" after the first page (a page read after a cursor: next and first)";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.OK.getStatusCode() && response.getEntity() instanceof Paged page) {
            headers(request.getUriInfo().getRequestUri(), page.links())
                    .forEach(link -> response.getHeaders().add(HttpHeaders.LINK, link));
        }
    }

    /** The paged answers, by the names the OpenAPI document gives their schemas ({@code SearchPageStatementHit}). */
    private static final List<String> PAGED_SCHEMAS = Stream.of(SearchPage.class, FrozenResults.class, ActorPage.class,
            ImportPage.class, FailurePage.class, CollectionMembers.class, FacetValuePage.class).map(Class::getSimpleName).toList();

    /** The header as the OpenAPI document describes it. */
    static Header document() {
        return OASFactory.createHeader().description(DESCRIPTION).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    /** Documents the header on the 200 answer of an operation that answers a paged list ({@link OpenApiProblems} calls this). */
    static void document(Operation operation) {
        APIResponse page = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (page == null || page.getContent() == null || page.getContent().getMediaTypes() == null) {
            return;
        }
        boolean paged = page.getContent().getMediaTypes().values().stream()
                .map(type -> type.getSchema() == null ? null : type.getSchema().getRef())
                .filter(Objects::nonNull)
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .anyMatch(name -> PAGED_SCHEMAS.stream().anyMatch(name::startsWith));
        if (paged && (page.getHeaders() == null || !page.getHeaders().containsKey(HttpHeaders.LINK))) {
            page.addHeader(HttpHeaders.LINK, document());
        }
    }

    /** The links as headers of an answer to {@code requested}. */
    static List<Link> headers(URI requested, List<PageLink> links) {
        return links.stream().map(link -> {
            UriBuilder uri = UriBuilder.fromUri(requested);
            link.parameters().forEach((name, value) -> {
                if (value == null) {
                    uri.replaceQueryParam(name);
                } else {
                    uri.replaceQueryParam(name, value);
                }
            });
            return Link.fromUriBuilder(uri).rel(link.rel()).build();
        }).toList();
    }
}
