package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.ArchiveAccess;
import org.dictum.search.security.PublicReadSetting;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Settings administrators change at run time: whether anonymous visitors may read the archive. */
@Tag(name = ApiDocs.OPERATIONS)
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    ArchiveAccess access;

    /** {@code {"publicRead": true|false|null}}: null goes back to the configured default. */
    public record PublicReadChange(Boolean publicRead) {
    }

    @GET
    @Path("/public-read")
    @Requires(role = Role.ADMIN, scope = TokenScope.READ)
    @Operation(summary = "Whether anonymous visitors may read the archive, and where that comes from")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public PublicReadSetting publicRead() {
        return access.setting();
    }

    /** Makes the archive private ({@code false}), public ({@code true}) or as configured ({@code null}). */
    @PUT
    @Path("/public-read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(role = Role.ADMIN, scope = TokenScope.WRITE)
    @Operation(summary = "Make the archive private, public, or as configured (null)")
    @SecurityRequirement(name = ApiDocs.BEARER)
    public PublicReadSetting switchPublicRead(@NotNull(message = "A JSON body is required") PublicReadChange body) {
        return access.switchPublicRead(body.publicRead());
    }
}
