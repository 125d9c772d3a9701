package org.dictum.search.rest;

import jakarta.inject.Inject;
import org.dictum.search.export.Citations;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.application.ArchiveService;
import org.dictum.search.application.ArticleCuration;
import org.dictum.search.application.ArticleDetail;
import org.dictum.search.application.ArticleMetadataPatch;
import org.dictum.search.application.ArticleJson;
import org.dictum.search.application.NewStatement;
import org.dictum.search.application.OriginalDocument;
import org.dictum.search.application.ReextractionSummary;
import org.dictum.search.application.StatementCuration;
import org.dictum.search.application.StatementDetail;
import org.dictum.search.application.StoredArticle;
import org.dictum.search.application.StoryCopy;
import org.dictum.search.history.AuditedRecord;
import org.dictum.search.history.RecordHistory;
import org.dictum.search.history.RecordRevision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Articles. Submitting content that is already archived (same SHA-256 of the original) answers
 * 200 with the existing article and its Location instead of 201: the archive never holds duplicates.
 */
@Tag(name = ApiDocs.ARTICLES)
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    @Inject
    Citations citations;


    @Inject
    ArchiveService archive;

    @Inject
    ArticleCuration curation;

    @Inject
    StatementCuration statementCuration;

    @Inject
    RecordHistory history;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Operation(summary = "Archive an article")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Archived; Location names it, its version is the ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "200", description = "Already archived (same SHA-256): the existing article, its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "413", description = "Body over dictum.api.max-body-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response submit(@NotNull(message = "A JSON body is required") @Valid ArticleJson body) {
        StoredArticle stored = archive.store(body.toSubmission());
        URI location = uriInfo.getBaseUriBuilder().path(ArticleResource.class).path(String.valueOf(stored.article().id())).build();
        Response.Status status = stored.created() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(location).entity(stored.article())
                .tag(RecordVersions.entityTag(stored.article().version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its statements")
    @APIResponse(responseCode = "200", description = "The article; its version as ETag",
            headers = @Header(name = ApiDocs.ETAG, description = ApiDocs.ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response article(@PathParam("id") long id) {
        ArticleDetail article = archive.article(id);
        return Response.ok(article).tag(RecordVersions.entityTag(article.version())).build();
    }

    /**
     * The original exactly as submitted, with its fixity in the {@code Digest} header. An HTML
     * original is someone else's page, scripts included: it is sandboxed (no scripts, an origin of
     * its own), so that it can never act as the portal.
     */
    @GET
    @Path("/{id}/original")
    @Produces({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "The original exactly as submitted")
    @APIResponse(responseCode = "200", description = "The original, in the type it was submitted as (text or HTML); Digest: sha-256-hex=…",
            content = {@Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response original(@PathParam("id") long id) {
        OriginalDocument original = archive.original(id);
        return Response.ok(original.content(), original.mediaType() + ";charset=UTF-8")
                .header("Digest", "sha-256-hex=" + original.sha256())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src *; style-src * 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * Corrects title, url, source, publishedAt or language (a JSON merge patch: null clears, absent
     * keeps). The version edited is named by If-Match or {@code version}; the reason by
     * {@code reason} or X-Dictum-Reason. 409 when the article changed meanwhile.
     */
    @PATCH
    @Path("/{id}")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Correct an article's metadata (JSON merge patch)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Corrected; the new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response correctMetadata(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @NotNull(message = "A JSON object is required") ArticleMetadataPatch patch) {
        long version = RecordVersions.readVersion(ifMatch, patch.version(), currentVersion(id));
        ArticleDetail article = curation.correctMetadata(id, version, patch);
        return Response.ok(article).tag(RecordVersions.entityTag(article.version())).build();
    }

    /**
     * Adds a statement the extractor missed ({@link NewStatement}); 201 with its Location. The
     * article's version is named by If-Match or {@code version}.
     */
    @POST
    @Path("/{id}/statements")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a statement the extractor missed")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response addStatement(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull(message = "A JSON body is required") @Valid NewStatement body) {
        long version = RecordVersions.readVersion(ifMatch,
                body.version() == null ? OptionalLong.empty() : OptionalLong.of(body.version()), currentVersion(id));
        StatementDetail added = statementCuration.add(id, version, body);
        URI location = uriInfo.getBaseUriBuilder().path(StatementResource.class).path(String.valueOf(added.id())).build();
        return Response.created(location).entity(added).tag(RecordVersions.entityTag(added.version())).build();
    }

    /** Takes the article out of search with a reason; the record stays and says so. */
    @POST
    @Path("/{id}/withdraw")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Operation(summary = "Withdraw an article from search")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(required = false) @Valid CurationRequest body) {
        long version = RecordVersions.readVersion(ifMatch, CurationRequest.versionOf(body), currentVersion(id));
        ArticleDetail article = curation.withdraw(id, version, CurationRequest.reasonOf(body));
        return Response.ok(article).tag(RecordVersions.entityTag(article.version())).build();
    }

    /** Puts a withdrawn article back into search. */
    @POST
    @Path("/{id}/restore")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Operation(summary = "Restore a withdrawn article")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "Restored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response restore(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(required = false) @Valid CurationRequest body) {
        long version = RecordVersions.readVersion(ifMatch, CurationRequest.versionOf(body), currentVersion(id));
        ArticleDetail article = curation.restore(id, version, CurationRequest.reasonOf(body));
        return Response.ok(article).tag(RecordVersions.entityTag(article.version())).build();
    }

    /** Runs the current extractor again; verified, corrected, added and rejected statements stay as they are. */
    @POST
    @Path("/{id}/reextract")
    @Requires(role = Role.LIBRARIAN, scope = TokenScope.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyOptional
    @Operation(summary = "Run the current extractor again")
    @APIResponse(responseCode = "200", description = "What was kept, replaced and added; the article's new version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReextractionSummary.class)))
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "428", description = "No version named (If-Match or version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response reextract(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @RequestBody(required = false) @Valid CurationRequest body) {
        long version = RecordVersions.readVersion(ifMatch, CurationRequest.versionOf(body), currentVersion(id));
        ReextractionSummary summary = curation.reextract(id, version, CurationRequest.reasonOf(body));
        return Response.ok(summary).tag(RecordVersions.entityTag(summary.article().version())).build();
    }

    /**
     * The copies of the article's story (other outlets' runs of the same wire story, found as
     * near-duplicates), itself included: the origin (earliest copy) first.
     */
    @GET
    @Path("/{id}/copies")
    @Operation(summary = "The copies of an article's story (near-duplicates from other outlets), the earliest first")
    public List<StoryCopy> copies(@PathParam("id") long id) {
        return archive.copies(id);
    }

    /** The revisions of the article's metadata, topics and actors, newest first. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "An article's revisions, newest first")
    @APIResponse(responseCode = "200", description = RevisionPaging.PAGE_DESCRIPTION,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRevision.class, type = SchemaType.ARRAY)))
    public Response history(@PathParam("id") long id, @BeanParam RevisionPaging paging, @Context UriInfo uri) {
        return RevisionPaging.answer(history.page(AuditedRecord.ARTICLE, id, paging.offset(), paging.limit()), uri);
    }

    /** The article as a citation: {@code format} ris, bibtex or csl-json (default). */
    @GET
    @Path("/{id}/citation")
    @Operation(summary = "Cite the article (RIS, BibTeX or CSL-JSON)")
    @Produces({CitationResponse.CSL_JSON, CitationResponse.RIS, CitationResponse.BIBTEX, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The citation in the format asked for",
            content = {@Content(mediaType = CitationResponse.CSL_JSON, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationResponse.RIS, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = CitationResponse.BIBTEX, schema = @Schema(type = SchemaType.STRING))})
    public Response citation(@PathParam("id") long id, @QueryParam("format") String format, @Context UriInfo uri) {
        return CitationResponse.of("article", id, format, uri, links -> citations.ofArticle(id, links));
    }

    /** The current version, which an If-Match listing several versions is judged by. */
    private LongSupplier currentVersion(long id) {
        return () -> archive.article(id).version();
    }
}
