package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dictum.search.query.ArticleHit;
import org.dictum.search.query.ArticleSearch;
import org.dictum.search.query.SearchPage;
import org.dictum.search.query.StatementHit;
import org.dictum.search.query.StatementSearch;

/** Faceted full-text search over statements and articles. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    StatementSearch statements;

    @Inject
    ArticleSearch articles;

    @GET
    @Path("/statements")
    public SearchPage<StatementHit> statements(@BeanParam SearchParameters parameters) {
        return statements.search(parameters.toRequest());
    }

    @GET
    @Path("/articles")
    public SearchPage<ArticleHit> articles(@BeanParam SearchParameters parameters) {
        return articles.search(parameters.toRequest());
    }
}
