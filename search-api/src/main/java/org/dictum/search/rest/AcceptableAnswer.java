package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses with 406 a request whose Accept header leaves none of the matched method's types, {@code q=0} counting as
 * "not this one" ({@link PreferredType}): RESTEasy matched {@code Accept: application/json;q=0} to an endpoint that
 * answers only JSON and answered JSON. Methods without {@code @Produces} (their own or their class's) are left alone.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class AcceptableAnswer implements ContainerRequestFilter {

    private final Map<Method, List<String>> typesByMethod = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<String> answered = typesByMethod.computeIfAbsent(method, AcceptableAnswer::answeredBy);
        if (!answered.isEmpty() && !PreferredType.acceptsAny(request.getAcceptableMediaTypes(), answered)) {
            throw new NotAcceptableException(ProblemMappers.Http.NO_ACCEPTABLE_TYPE);
        }
    }

    /** The types a method answers: its {@code @Produces}, else its class's; none when neither says. */
    static List<String> answeredBy(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? List.of() : Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList();
    }
}
