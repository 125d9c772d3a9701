package org.dictum.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The benchmark query over REST, one request at a time on one keep-alive connection. */
final class RestSearch {

    /** One answer: the raw body and the time from sending the request to the last byte of the body. */
    record Response(String body, long nanos) {
    }

    private final URI base;

    RestSearch(URI base) {
        this.base = base;
    }

    /**
     * One GET on the calling thread ({@link HttpURLConnection}, which keeps the connection alive
     * once a body is read to its end). Not {@code java.net.http.HttpClient}: it hands every exchange
     * to a selector thread and back, which on this 2-core machine added a millisecond or more of
     * the client's own to each request (docs/BENCHMARKS.md).
     */
    Response get(String pathAndQuery) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) base.resolve(pathAndQuery).toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(120_000);
        long started = System.nanoTime();
        int status = connection.getResponseCode();
        byte[] body;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        long nanos = System.nanoTime() - started;
        String text = new String(body, StandardCharsets.UTF_8);
        if (status != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + status + ": " + text);
        }
        return new Response(text, nanos);
    }

    Response search(BenchmarkQuery query) throws IOException {
        return get(query.restPath());
    }

    /** Reads {@code {total, hits:[{id}], facets:{name:[{value,count}]}, histograms:[{field, buckets:[{start,count}]}]}}. */
    static SearchOutcome outcome(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject json = reader.readObject();
            List<Long> ids = new ArrayList<>();
            json.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            json.getJsonObject("facets").forEach((name, values) -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                values.asJsonArray().getValuesAs(JsonObject.class).forEach(value ->
                        counts.put(value.getString("value"), value.getJsonNumber("count").longValue()));
                facets.put(name, counts);
            });
            Map<String, SortedMap<YearMonth, Long>> histograms = new LinkedHashMap<>();
            for (JsonValue value : json.getJsonArray("histograms")) {
                JsonObject histogram = value.asJsonObject();
                SortedMap<YearMonth, Long> months = new TreeMap<>();
                histogram.getJsonArray("buckets").getValuesAs(JsonObject.class).forEach(bucket -> months.put(
                        YearMonth.from(LocalDate.parse(bucket.getString("start"))), bucket.getJsonNumber("count").longValue()));
                histograms.put(histogram.getString("field"), months);
            }
            return new SearchOutcome(json.getJsonNumber("total").longValue(), ids, facets, histograms);
        }
    }

    /** The facet values that were selected in a REST answer. */
    static Map<String, List<String>> selected(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            Map<String, List<String>> selected = new LinkedHashMap<>();
            reader.readObject().getJsonObject("facets").forEach((name, values) -> selected.put(name,
                    values.asJsonArray().getValuesAs(JsonObject.class).stream()
                            .filter(v -> v.getBoolean("selected")).map(v -> v.getString("value")).toList()));
            return selected;
        }
    }
}
