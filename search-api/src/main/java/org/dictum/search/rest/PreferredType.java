package org.dictum.search.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Server-driven negotiation for the endpoints that answer one of several types (the topic taxonomy, exports,
 * networks): the choice whose type comes first in the Accept list as JAX-RS orders it (by quality, then by how
 * specific). An Accept that names none of them is left to the endpoint's {@code @Produces}: RESTEasy answers 406,
 * which {@link ProblemMappers.Http} words.
 */
final class PreferredType {

    private PreferredType() {
    }

    /** The first choice whose type the first acceptable type fits; empty when none fits (no Accept: any fits). */
    static <T> Optional<T> among(List<MediaType> acceptable, List<T> choices, Function<T, String> type) {
        for (MediaType wanted : acceptable) {
            for (T choice : choices) {
                if (wanted.isCompatible(mediaType(type.apply(choice)))) {
                    return Optional.of(choice);
                }
            }
        }
        return Optional.empty();
    }

    /** "text/csv;charset=UTF-8" as a type and subtype, without the parameters, which do not take part in matching. */
    private static MediaType mediaType(String type) {
        String bare = type.split(";", 2)[0].strip();
        int slash = bare.indexOf('/');
        return new MediaType(bare.substring(0, slash), bare.substring(slash + 1));
    }
}
