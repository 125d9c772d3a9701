package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.saved.SearchQueryString;

/**
 * Refuses a query parameter that the matched resource method does not read, with 400 naming it, as search refuses
 * one that is no search parameter: a typo silently ignored answered something else than was asked ({@code
 * /api/actors?sizee=5} the first 50 actors, {@code DELETE /api/topics/7?reasignTo=3} a delete that moved nothing).
 * A method reads its {@code @QueryParam}s and those of its {@code @BeanParam}s; campaign tracking ({@code utm_*})
 * is ignored as search ignores it. Methods that take a search ({@link SearchParameters}) are left to
 * {@link SearchQueryString}, which reads the whole query and refuses with the list of the search's parameters.
 */
@Provider
@Priority(Priorities.USER)
public class UnknownQueryParameters implements ContainerRequestFilter {

    private final Map<Method, Optional<Set<String>>> readByMethod = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            readByMethod.computeIfAbsent(method, UnknownQueryParameters::readBy)
                    .ifPresent(read -> refuseUnread(request.getUriInfo().getQueryParameters().keySet(), read));
        }
    }

    /** The query parameters a resource method reads; empty where it takes a search, which checks the query itself. */
    static Optional<Set<String>> readBy(Method method) {
        Set<String> read = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                if (SearchParameters.class.isAssignableFrom(parameter.getType())) {
                    return Optional.empty();
                }
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        named(field).ifPresent(read::add);
                    }
                    for (Method setter : type.getDeclaredMethods()) {
                        named(setter).ifPresent(read::add);
                    }
                }
            } else {
                named(parameter).ifPresent(read::add);
            }
        }
        return Optional.of(read);
    }

    /** Refuses the first parameter given that is neither read nor campaign tracking. */
    static void refuseUnread(Collection<String> given, Set<String> read) {
        for (String name : given) {
            if (!read.contains(name) && !SearchQueryString.isTracking(name)) {
                throw new InvalidInputException(name, "'" + name + "' is not a parameter of this request ("
                        + (read.isEmpty() ? "it takes none" : "it takes " + String.join(", ", new TreeSet<>(read))) + ")");
            }
        }
    }

    private static Optional<String> named(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(QueryParam.class)).map(QueryParam::value);
    }
}
