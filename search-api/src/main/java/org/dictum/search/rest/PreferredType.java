package org.dictum.search.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Server-driven negotiation for the endpoints that answer one of several types (the topic taxonomy, exports,
 * networks): the choice whose type comes first in the Accept list as JAX-RS orders it (by quality, then by how
 * specific). A type the Accept list gives {@code q=0} is not acceptable (RFC 9110, section 12.5.1), judged by the most
 * specific range that names it: {@code application/json;q=0} with the wildcard range takes anything but JSON. An Accept that
 * leaves none of an endpoint's types is refused with 406 by {@link AcceptableAnswer}, which {@link ProblemMappers.Http}
 * words.
 */
final class PreferredType {

    private PreferredType() {
    }

    /** The first choice whose type the first acceptable type fits; empty when none fits (no Accept: any fits). */
    static <T> Optional<T> among(List<MediaType> acceptable, List<T> choices, Function<T, String> type) {
        for (MediaType wanted : acceptable) {
            if (quality(wanted) == 0) {
                continue;
            }
            for (T choice : choices) {
                MediaType offered = mediaType(type.apply(choice));
                if (wanted.isCompatible(offered) && !refused(acceptable, offered)) {
                    return Optional.of(choice);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the Accept list takes one of these types (an empty Accept list takes none, as {@link #among} chooses none). */
    static boolean acceptsAny(List<MediaType> acceptable, List<String> types) {
        return among(acceptable, types, Function.identity()).isPresent();
    }

    /** True when the most specific range of the Accept list that names the type gives it q=0. */
    private static boolean refused(List<MediaType> acceptable, MediaType offered) {
        MediaType closest = null;
        for (MediaType range : acceptable) {
            if (range.isCompatible(offered) && (closest == null || specificity(range) > specificity(closest))) {
                closest = range;
            }
        }
        return closest == null || quality(closest) == 0;
    }

    /** 2 for a type and subtype, 1 for a type with any subtype, 0 for the wildcard range. */
    private static int specificity(MediaType range) {
        return range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
    }

    /** The range's q parameter; 1 when absent or unreadable (JAX-RS has already ordered the list by it). */
    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** "text/csv;charset=UTF-8" as a type and subtype, without the parameters, which do not take part in matching. */
    private static MediaType mediaType(String type) {
        String bare = type.split(";", 2)[0].strip();
        int slash = bare.indexOf('/');
        return new MediaType(bare.substring(0, slash), bare.substring(slash + 1));
    }
}
