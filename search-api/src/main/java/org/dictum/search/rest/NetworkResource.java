package org.dictum.search.rest;

import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.network.DiscourseNetworks;
import org.dictum.search.network.Network;
import org.dictum.search.network.NetworkFormat;
import org.dictum.search.network.NetworkKind;
import org.dictum.search.network.NetworkOptions;

/**
 * Discourse networks of a search (the parameters of {@code /api/search/statements}): actor–topic or
 * actor–actor, as GraphML, GEXF 1.3 or CSV node and edge lists; {@code actors}, {@code link} and
 * {@code window} shape them (docs/EXPORTS.md).
 */
@Tag(name = ApiDocs.EXPORTS)
@Path("/networks")
public class NetworkResource {

    @Inject
    DiscourseNetworks networks;

    @GET
    @Path("/{kind}")
    @Produces({NetworkFormat.GRAPHML_TYPE, NetworkFormat.GEXF_TYPE, NetworkFormat.ZIP_TYPE, MediaType.APPLICATION_JSON})
    @Requires(role = Role.RESEARCHER, scope = TokenScope.READ)
    @Operation(summary = "The discourse network of a search (GraphML, GEXF 1.3 or CSV)",
            description = "kind: actor-topic or actor-actor; format: graphml, gexf, csv (a ZIP of nodes.csv and edges.csv); without it, the one Accept prefers (graphml for none); "
                    + "actors: speaker or all; link: topics or articles; window: year, month or day. An actor-actor network of more edges than "
                    + "dictum.network.max-edges (100,000 by default) is refused with 400: narrow the search or draw the actor-topic network. See docs/EXPORTS.md.")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @APIResponse(responseCode = "200", description = "The network",
            content = {@Content(mediaType = NetworkFormat.GRAPHML_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = NetworkFormat.GEXF_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = NetworkFormat.ZIP_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response network(@PathParam("kind") String kind, @QueryParam("format") String format,
                            @QueryParam("actors") String actors, @QueryParam("link") String link,
                            @QueryParam("window") String window, @BeanParam SearchParameters parameters,
                            @Context HttpHeaders accepted) {
        NetworkKind drawn = NetworkKind.byParameter(kind).orElseThrow(() -> new UnknownEntityException("Network", kind));
        NetworkFormat chosen = formatChosen(format, accepted.getAcceptableMediaTypes());
        Network network = networks.draw(parameters.toRequest("format", "actors", "link", "window"), NetworkOptions.parse(drawn, actors, link, window));
        StreamingOutput body = out -> chosen.write(network, out);
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"dictum-" + drawn.parameter() + "." + chosen.extension() + "\"")
                .build();
    }

    /** The format named by {@code format} (blank counts as absent), else the one Accept prefers, else GraphML. */
    static NetworkFormat formatChosen(String format, List<MediaType> acceptable) {
        if (format == null || format.isBlank()) {
            return PreferredType.among(acceptable, List.of(NetworkFormat.values()), NetworkFormat::mediaType).orElse(NetworkFormat.GRAPHML);
        }
        return NetworkFormat.named(format).orElseThrow(() -> new InvalidInputException("format", "format must be graphml, gexf or csv"));
    }
}
