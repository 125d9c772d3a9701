package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dictum.domain.UnknownEntityException;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSearch;
import org.dictum.search.query.Attention;
import org.dictum.search.query.Facet;
import org.dictum.search.query.FacetValuePage;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.StatementHit;
import org.dictum.search.query.StatementSearch;
import org.dictum.search.metrics.Measured;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Faceted full-text search over statements and articles, facet value lookup and attention over time. */
@Tag(name = ApiDocs.SEARCH)
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Measured
public class SearchResource {

    @Inject
    StatementSearch statements;

    @Inject
    ArticleSearch articles;

    @GET
    @Path("/statements")
    @Operation(summary = "Search statements")
    public SearchPage<StatementHit> statements(@BeanParam SearchParameters parameters) {
        return statements.search(parameters.toRequest());
    }

    @GET
    @Path("/articles")
    @Operation(summary = "Search articles")
    public SearchPage<ArticleHit> articles(@BeanParam SearchParameters parameters) {
        return articles.search(parameters.toRequest());
    }

    /** Values of one statement facet under the other filters, matching a prefix: "find an actor", "more values". */
    @GET
    @Path("/statements/facets/{facet}")
    @Operation(summary = "Values of one statement facet")
    public FacetValuePage statementFacetValues(@PathParam("facet") String facet, @BeanParam SearchParameters parameters,
                                               @BeanParam FacetValueParameters page) {
        return statements.facetValues(parameters.toRequest(FacetValueParameters.NAMES), facetNamed(facet), page.prefix, page.offset(), page.limit());
    }

    @GET
    @Path("/articles/facets/{facet}")
    @Operation(summary = "Values of one article facet")
    public FacetValuePage articleFacetValues(@PathParam("facet") String facet, @BeanParam SearchParameters parameters,
                                             @BeanParam FacetValueParameters page) {
        return articles.facetValues(parameters.toRequest(FacetValueParameters.NAMES), facetNamed(facet), page.prefix, page.offset(), page.limit());
    }

    /** Counts over time of up to five queries ({@code compare}, repeated) under the common filters. */
    @GET
    @Path("/statements/attention")
    @Operation(summary = "Attention over time of up to five queries")
    public Attention attention(@BeanParam SearchParameters parameters, @QueryParam("compare") List<String> compare,
                               @QueryParam("date") @DefaultValue("statement") String date) {
        return statements.attention(parameters.toRequest("compare", "date"), compare == null ? List.of() : compare, date);
    }

    private static Facet facetNamed(String name) {
        return Facet.byParameter(name).orElseThrow(() -> new UnknownEntityException("Facet", name));
    }
}
