package org.dictum.search.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API's root. The OpenAPI document ({@code /openapi}) is generated from the resources'
 * annotations; {@link OpenApiProblems} adds the problem+json error answers every operation shares.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Dictum API", version = "1",
                description = "Archive and search of news articles and the statements in them. Every error is"
                        + " application/problem+json. Reads are public unless the archive is private; writes need a"
                        + " bearer token (POST /api/tokens with HTTP Basic makes one). See docs/ACCESS.md.",
                license = @License(name = "Dictum")),
        tags = {
                @Tag(name = ApiDocs.SEARCH, description = "Faceted full-text search over statements and articles"),
                @Tag(name = ApiDocs.SAVED_SEARCHES, description = "Saved, frozen and citable searches"),
                @Tag(name = ApiDocs.ARTICLES, description = "Archived articles and their curation"),
                @Tag(name = ApiDocs.STATEMENTS, description = "Statements and their curation"),
                @Tag(name = ApiDocs.ACTORS, description = "The actor authority"),
                @Tag(name = ApiDocs.TOPICS, description = "The topic taxonomy"),
                @Tag(name = ApiDocs.COLLECTIONS, description = "Named sets of articles and statements, public or private"),
                @Tag(name = ApiDocs.IMPORTS, description = "Restartable bulk imports with progress and failures"),
                @Tag(name = ApiDocs.HISTORY, description = "Revisions and the audit log"),
                @Tag(name = ApiDocs.ACCOUNTS, description = "API tokens and user administration"),
                @Tag(name = ApiDocs.EXTRACTION, description = "Statement extraction previews"),
                @Tag(name = ApiDocs.EXPORTS, description = "Every hit of a search as CSV or JSON Lines; discourse networks (docs/EXPORTS.md)"),
                @Tag(name = ApiDocs.OPERATIONS, description = "Metrics")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "An API token: Authorization: Bearer dictum_…"),
        @SecurityScheme(securitySchemeName = ApiDocs.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "User name and password; only POST/GET /api/tokens accept it")})
public class DictumApi extends Application {
}
