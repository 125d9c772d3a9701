package org.dictum.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.dictum.search.metrics.PrometheusText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The application's metrics for Prometheus; WildFly's own (pools, Undertow) are on the management port. */
@Path("/metrics")
@Tag(name = ApiDocs.OPERATIONS)
public class MetricsResource {

    @Inject
    PrometheusText metrics;

    @GET
    @Produces(PrometheusText.MEDIA_TYPE)
    @Operation(summary = "Application metrics (Prometheus text)", description = "Search request counts and latency"
            + " by endpoint and status; the numbers of articles, statements and saved searches")
    @APIResponse(responseCode = "200", description = "The metrics",
            content = @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "excerpt", value = "dictum_archive_articles 1204\n"
                            + "dictum_http_server_requests_seconds_count{method=\"GET\",uri=\"/api/search/statements\",status=\"200\"} 17")))
    public String scrape() {
        return metrics.scrape();
    }
}
