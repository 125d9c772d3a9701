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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Extraction without archiving: the same body as {@code POST /api/articles}, nothing is stored. */
@Tag(name = ApiDocs.EXTRACTION)
@Path("/extract")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {

    @Inject
    ExtractionService extraction;

    /** Stores nothing, so a read token suffices; it costs server time, so anonymous callers may not use it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @Operation(summary = "Preview extraction without archiving")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public ExtractionPreview extract(@NotNull(message = "A JSON body is required") @Valid ArticleJson body) {
        return extraction.preview(body.toSubmission());
    }
}
