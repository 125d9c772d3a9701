package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.application.ArticleJson;
import org.dictum.search.application.ExtractionPreview;
import org.dictum.search.application.ExtractionService;

/** Extraction without archiving: the same body as {@code POST /api/articles}, nothing is stored. */
@Path("/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    @Inject
    ExtractionService extraction;

    /** Stores nothing, so a read token suffices; it costs server time, so anonymous callers may not use it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    public ExtractionPreview extract(@NotNull(message = "A JSON body is required") @Valid ArticleJson body) {
        return extraction.preview(body.toSubmission());
    }
}
