package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.metrics.Measured;
import org.dictum.search.query.Paging;
import org.dictum.search.saved.Citation;
import org.dictum.search.saved.FrozenResults;
import org.dictum.search.saved.SavedSearchEntry;
import org.dictum.search.saved.SavedSearches;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Frozen searches by their persistent identifier: public to everyone who may read the archive,
 * and answering the same recorded results however the archive grows.
 */
@Path("/saved")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.SAVED_SEARCHES)
public class FrozenSearchResource {

    @Inject
    SavedSearches saved;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{publicId}")
    @Operation(summary = "A frozen search", description = "Its name, owner, query, freeze date and counts; the permalink is"
            + " relative to the portal root")
    @APIResponse(responseCode = "200", description = "The frozen search",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedSearchEntry.class)))
    public SavedSearchEntry frozen(@Parameter(description = "Persistent identifier (UUID)") @PathParam("publicId") String publicId) {
        return saved.published(publicId).addressedFrom(PortalAddress.root(uriInfo));
    }

    @GET
    @Path("/{publicId}/results")
    @Measured
    @Operation(summary = "The recorded results of a frozen search", description = "In recorded order, each as it is now:"
            + " available, withdrawn, rejected or deleted; none is left out")
    @APIResponse(responseCode = "200", description = "One page of recorded results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrozenResults.class)))
    public FrozenResults results(@Parameter(description = "Persistent identifier (UUID)") @PathParam("publicId") String publicId,
                                 @Parameter(description = "Page, from 1") @QueryParam("page") @DefaultValue("1") String page,
                                 @Parameter(description = "Results per page (at most dictum.search.max-page-size)")
                                 @QueryParam("size") @DefaultValue("20") String size) {
        return saved.results(publicId, Paging.number("page", page), Paging.number("size", size));
    }

    @GET
    @Path("/{publicId}/citation")
    @Produces({"text/plain", "application/x-bibtex", "application/x-research-info-systems",
            "application/vnd.citationstyles.csl+json"})
    @Operation(summary = "How to cite a frozen search", description = "As formatted text, BibTeX, RIS or CSL-JSON, with the"
            + " permalink and the freeze date")
    @APIResponse(responseCode = "200", description = "The citation",
            content = {@Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "text", value = "researcher (2022). Russia on missiles [Data set]. Dictum archive."
                            + " Saved search of statements, frozen on 2022-01-12 with 12 of 12 results recorded; query:"
                            + " q=missiles&actor=Russia&sort=relevance. http://localhost:8080/saved/0b3f5c1e-…")),
                    @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/x-research-info-systems", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/vnd.citationstyles.csl+json", schema = @Schema(type = SchemaType.STRING))})
    public Response citation(@Parameter(description = "Persistent identifier (UUID)") @PathParam("publicId") String publicId,
                             @Parameter(description = "text (default), bibtex, ris or csl-json")
                             @QueryParam("format") @DefaultValue("text") String format) {
        Citation.Format chosen = Citation.Format.byParameter(format).orElseThrow(() ->
                new InvalidInputException("format", "format is text, bibtex, ris or csl-json, not '" + format + "'"));
        return Response.ok(saved.citation(publicId, PortalAddress.root(uriInfo)).in(chosen), chosen.mediaType()).build();
    }
}
