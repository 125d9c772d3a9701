package org.dictum.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** An immutable search page address: the complete search state as query parameters. */
final class SearchUrl {

    private final String path;
    private final Map<String, List<String>> parameters;

    SearchUrl(String path, Map<String, List<String>> parameters) {
        this.path = path;
        this.parameters = copy(parameters);
    }

    SearchUrl with(String name, String value) {
        Map<String, List<String>> next = copy(parameters);
        next.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        next.remove("page");
        return new SearchUrl(path, next);
    }

    SearchUrl without(String name, String value) {
        Map<String, List<String>> next = copy(parameters);
        List<String> values = next.getOrDefault(name, new ArrayList<>());
        values.remove(value);
        if (values.isEmpty()) {
            next.remove(name);
        }
        next.remove("page");
        return new SearchUrl(path, next);
    }

    SearchUrl withoutAll(String name) {
        Map<String, List<String>> next = copy(parameters);
        next.remove(name);
        next.remove("page");
        return new SearchUrl(path, next);
    }

    /** Replaces every value of {@code name}. */
    SearchUrl set(String name, String value) {
        return withoutAll(name).with(name, value);
    }

    SearchUrl toggle(String name, String value) {
        return parameters.getOrDefault(name, List.of()).contains(value) ? without(name, value) : with(name, value);
    }

    /** The values of one parameter, as the URL holds them. */
    List<String> values(String name) {
        return List.copyOf(parameters.getOrDefault(name, List.of()));
    }

    SearchUrl atPage(int page) {
        Map<String, List<String>> next = copy(parameters);
        next.put("page", new ArrayList<>(List.of(String.valueOf(page))));
        return new SearchUrl(path, next);
    }

    /**
     * A download of this search: the address {@code relativePath} (next to the search page) with {@code name=value}
     * first, then the search's parameters but its page (a download holds every hit). No stray {@code &} or {@code ?}
     * when the search is empty.
     */
    SearchUrl download(String relativePath, String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        next.put(name, new ArrayList<>(List.of(value)));
        parameters.forEach((parameter, values) -> {
            if (!parameter.equals(name) && !parameter.equals("page")) {
                next.put(parameter, new ArrayList<>(values));
            }
        });
        return new SearchUrl(path + relativePath, next);
    }

    @Override
    public String toString() {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value ->
                query.add(encode(name) + "=" + encode(value))));
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        return copy;
    }
}
