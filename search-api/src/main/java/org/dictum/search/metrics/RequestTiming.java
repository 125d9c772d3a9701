package org.dictum.search.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Times the requests of {@link Measured} methods, from routing to the response, errors included. */
@Provider
@Measured
public class RequestTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestTiming.class.getName() + ".started";
    private static final String API_ROOT = "/api";

    @Inject
    RequestMetrics metrics;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started && resource.getResourceMethod() != null) {
            metrics.record(request.getMethod() + " " + template(resource.getResourceClass(), resource.getResourceMethod()),
                    response.getStatus(), System.nanoTime() - started);
        }
    }

    /** The path template of the method, e.g. {@code /api/search/statements/facets/{facet}}: few distinct labels. */
    static String template(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        return API_ROOT + (classPath == null ? "" : classPath.value()) + (methodPath == null ? "" : methodPath.value());
    }
}
