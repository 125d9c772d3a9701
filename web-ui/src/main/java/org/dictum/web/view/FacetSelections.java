package org.dictum.web.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.dictum.search.query.Facet;
import org.dictum.search.saved.SearchQueryString;

/**
 * The facet values a search URL selects, both as written in the URL and as the facet values they
 * stand for ({@code topic=arms control} selects the topic "Arms control", an actor's old name its
 * current one). Removing or toggling a listed value must remove what the URL holds, or the link
 * leads back to the same search.
 */
final class FacetSelections {

    private final Map<Facet, Map<String, List<String>>> writtenByValue;

    private FacetSelections(Map<Facet, Map<String, List<String>>> writtenByValue) {
        this.writtenByValue = writtenByValue;
    }

    /**
     * @param current the facet value a value as written selects
     */
    static FacetSelections of(SearchQueryString search, BiFunction<Facet, String, String> current) {
        Map<Facet, Map<String, List<String>>> selections = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            for (String written : search.selected(facet)) {
                selections.computeIfAbsent(facet, f -> new LinkedHashMap<>())
                        .computeIfAbsent(current.apply(facet, written), v -> new ArrayList<>()).add(written);
            }
        }
        return new FacetSelections(selections);
    }

    static FacetSelections none() {
        return new FacetSelections(Map.of());
    }

    /** The facet values selected, in the order the URL first names them. */
    List<String> values(Facet facet) {
        return List.copyOf(writtenByValue.getOrDefault(facet, Map.of()).keySet());
    }

    /** The values the URL holds for a facet, as written. */
    List<String> written(Facet facet) {
        return writtenByValue.getOrDefault(facet, Map.of()).values().stream().flatMap(List::stream).toList();
    }

    /** The URL without every value as written that selects {@code value}. */
    SearchUrl without(SearchUrl url, Facet facet, String value) {
        SearchUrl next = url.without(facet.parameter(), value);
        for (String written : writtenByValue.getOrDefault(facet, Map.of()).getOrDefault(value, List.of())) {
            next = next.without(facet.parameter(), written);
        }
        return next;
    }

    /** The URL without {@code value} when it is selected, with it when not. */
    SearchUrl toggle(SearchUrl url, Facet facet, String value) {
        return writtenByValue.getOrDefault(facet, Map.of()).containsKey(value)
                ? without(url, facet, value) : url.with(facet.parameter(), value);
    }
}
