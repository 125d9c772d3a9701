package org.dictum.it.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/**
 * The same archive ({@link ParityArchive}) searched the same ways gives the same answers on the
 * embedded Lucene backend and on OpenSearch: totals, every facet's counts (multi-select), histogram
 * buckets, facet value pages, attention series, and the hits and highlights of date-sorted pages.
 * The Lucene runs (H2, PostgreSQL) record their answers in {@code target/backend-parity/lucene.json};
 * the OpenSearch run, which failsafe runs after them, compares its own with that record, answer by
 * answer. Run alone on OpenSearch there is nothing to compare with, and the comparison is skipped.
 */
class BackendParityIT extends ClientSideIntegrationTest {

    private static final String PARITY = "source:parity";

    @Test
    void both_backends_count_and_find_the_same() throws IOException {
        HttpApi api = new HttpApi(baseUrl);
        for (String body : ParityArchive.submissions()) {
            Reply reply = api.postJson("api/articles", body);
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        }

        Map<String, JsonValue> answers = answers(api);
        assertMeaningful(answers);

        String backend = System.getProperty("dictum.it.search-backend", "lucene");
        Path record = Path.of(System.getProperty("dictum.it.target", "target"), "backend-parity");
        Files.createDirectories(record);
        JsonObjectBuilder all = Json.createObjectBuilder();
        answers.forEach(all::add);
        Files.writeString(record.resolve(backend + ".json"), all.build().toString());
        if (backend.equals("lucene")) {
            return;
        }
        Path lucene = record.resolve("lucene.json");
        assumeTrue(Files.isRegularFile(lucene), "no answers of the Lucene run in " + lucene
                + " to compare with: run the h2 execution first (mvn verify runs it before this one)");
        JsonObject expected = Json.createReader(new StringReader(Files.readString(lucene))).readObject();
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(answers.keySet());
        answers.forEach((request, answer) ->
                assertThat(answer).as("%s on %s vs Lucene", request, backend).isEqualTo(expected.get(request)));
    }

    /** Each request with the part of its answer that must not depend on the backend. */
    private static Map<String, JsonValue> answers(HttpApi api) {
        Map<String, JsonValue> answers = new LinkedHashMap<>();
        for (String type : List.of("statements", "articles")) {
            for (String request : List.of(
                    q(PARITY),
                    q(PARITY + " AND missiles"),
                    q(PARITY + " AND \"resume talks\""),
                    q(PARITY + " AND negotiat*"),
                    q(PARITY + " AND (zurich OR cafe)"),
                    q(PARITY + " -troops"),
                    q(PARITY + " AND russia's"),
                    q(PARITY) + "&actor=Russia&actor=NATO",
                    q(PARITY) + "&actor=Russia&topic=" + enc("Arms control"),
                    q(PARITY + " AND talks") + "&topic=Trade&topic=Energy&actor=China",
                    q(PARITY) + "&month=2023-03&month=2023-04&source=" + enc("Parity Wire"),
                    q(PARITY) + "&from=2023-02-01&to=2023-05-31&interval=week",
                    q(PARITY) + "&interval=day",
                    q(PARITY) + "&interval=month&from=2023-01-01")) {
                String path = "api/search/" + type + "?" + request + "&size=0";
                answers.put(path, counts(api.get(path)));
            }
            for (String request : List.of(q(PARITY) + "&sort=newest", q(PARITY + " AND missiles") + "&sort=oldest",
                    q(PARITY + " AND \"resume talks\"") + "&sort=newest")) {
                String path = "api/search/" + type + "?" + request + "&size=30";
                answers.put(path, hits(api.get(path), type));
            }
            String facetPage = "api/search/" + type + "/facets/actor?" + q(PARITY) + "&actor=Russia&prefix=u&limit=10";
            answers.put(facetPage, json(api.get(facetPage)));
        }
        String attention = "api/search/statements/attention?compare=missiles&compare=" + enc("\"resume talks\"")
                + "&compare=negotiat*&interval=month" + ParityArchive.SOURCES.stream()
                .map(s -> "&source=" + enc(s)).reduce("", String::concat);
        answers.put(attention, json(api.get(attention)));
        return answers;
    }

    /** Not a comparison of empty answers: the archive is found and counted. */
    private static void assertMeaningful(Map<String, JsonValue> answers) {
        JsonObject articles = answers.get("api/search/articles?" + q(PARITY) + "&size=0").asJsonObject();
        assertThat(articles.getInt("total")).isEqualTo(ParityArchive.ARTICLES);
        assertThat(articles.getJsonObject("facets").getJsonArray("source")).hasSize(ParityArchive.SOURCES.size());
        JsonObject statements = answers.get("api/search/statements?" + q(PARITY) + "&size=0").asJsonObject();
        assertThat(statements.getInt("total")).isGreaterThanOrEqualTo(ParityArchive.ARTICLES);
        JsonObject selected = answers.get("api/search/articles?" + q(PARITY) + "&actor=Russia&actor=NATO&size=0")
                .asJsonObject();
        assertThat(selected.getInt("total")).isBetween(1, ParityArchive.ARTICLES - 1);
        // multi-select: the actor facet is counted without the actor filter, so other actors stay listed
        assertThat(selected.getJsonObject("facets").getJsonArray("actor").size()).isGreaterThan(2);
        JsonObject phrase = answers.get("api/search/statements?" + q(PARITY + " AND \"resume talks\"") + "&sort=newest&size=30")
                .asJsonObject();
        assertThat(phrase.getJsonArray("hits")).isNotEmpty();
        assertThat(phrase.getJsonArray("hits").getJsonObject(0).getString("highlight")).contains("<mark>");
    }

    private static JsonValue counts(Reply reply) {
        JsonObject answer = json(reply).asJsonObject();
        return Json.createObjectBuilder()
                .add("total", answer.get("total"))
                .add("facets", answer.get("facets"))
                .add("histograms", answer.get("histograms"))
                .build();
    }

    /** The hits by their text (ids depend on what other test classes stored first), with highlights. */
    private static JsonValue hits(Reply reply, String type) {
        JsonObject answer = json(reply).asJsonObject();
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (JsonValue value : answer.getJsonArray("hits")) {
            JsonObject hit = value.asJsonObject();
            hits.add(type.equals("statements")
                    ? Json.createObjectBuilder().add("content", hit.get("content")).add("highlight", hit.getOrDefault("highlight", JsonValue.NULL))
                            .add("before", hit.get("before")).add("after", hit.get("after"))
                    : Json.createObjectBuilder().add("title", hit.get("title")).add("highlights", hit.getOrDefault("highlights", JsonValue.NULL))
                            .add("statements", statementTexts(hit.getJsonArray("statements"))));
        }
        return Json.createObjectBuilder().add("total", answer.get("total")).add("hits", hits).build();
    }

    /**
     * An article hit's statements by their text: which statements of equal score come first is the
     * order of the index, which differs between the backends.
     */
    private static JsonArray statementTexts(JsonArray statements) {
        JsonArrayBuilder texts = Json.createArrayBuilder();
        statements.stream().map(JsonValue::asJsonObject)
                .sorted(Comparator.comparing((JsonObject s) -> s.getString("content")))
                .forEach(s -> texts.add(Json.createObjectBuilder().add("content", s.get("content"))
                        .add("highlight", s.getOrDefault("highlight", JsonValue.NULL))));
        return texts.build();
    }

    private static JsonValue json(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readValue();
    }

    private static String q(String query) {
        return "q=" + enc(query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
