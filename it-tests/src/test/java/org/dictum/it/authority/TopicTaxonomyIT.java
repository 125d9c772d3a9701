package org.dictum.it.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/topics: each change answers as documented and shows in search and its facets at once. */
class TopicTaxonomyIT extends ClientSideIntegrationTest {

    private AuthorityFixture fixture;
    private HttpApi api;
    private String grain;
    private String ports;

    @BeforeEach
    void archive() {
        api = new HttpApi(baseUrl);
        fixture = new AuthorityFixture(api);
        grain = "Grain " + fixture.suffix;
        ports = "Ports " + fixture.suffix;
        fixture.archive(fixture.person("Zorbal", "Quint"), fixture.person("Mirela", "Dusk"), List.of(grain));
        fixture.archive(fixture.person("Anka", "Veld"), fixture.person("Mirela", "Dusk"), List.of(ports));
    }

    @Test
    void a_rename_shows_in_the_topic_facets_of_statements_and_articles_at_once() {
        assertThat(fixture.facet("topic")).containsEntry(grain, 3L).containsEntry(ports, 3L);
        long id = topicId(grain);
        String renamed = "Cereals " + fixture.suffix;

        Reply reply = api.putJson("api/topics/" + id + "/label", "{\"label\":\"" + renamed + "\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(strings(reply.json(), "altLabels")).containsExactly(grain);
        assertThat(fixture.facet("topic")).containsEntry(renamed, 3L).containsEntry(ports, 3L).doesNotContainKey(grain);
        assertThat(fixture.facet("articles", "topic")).containsEntry(renamed, 1L).doesNotContainKey(grain);
        assertThat(fixture.search("statements", "size=0&topic=" + AuthorityFixture.enc(grain)).getInt("total"))
                .as("a bookmarked filter by the old label").isEqualTo(3);
        assertThat(fixture.search("articles", "size=0&topic=" + AuthorityFixture.enc(grain)).getInt("total")).isEqualTo(1);
        assertThat(fixture.totalWithQuery("statements", "topic:\"" + grain + "\"")).as("the old label in the query's topic field").isEqualTo(3);
        assertProblem(api.putJson("api/topics/" + id + "/label", "{\"label\":\"" + ports + "\"}"), 409);
        assertProblem(api.putJson("api/topics/" + id + "/label", "{\"label\":\"" + ports.toLowerCase(java.util.Locale.ROOT) + "\"}"), 409);
        assertProblem(api.putJson("api/topics/" + id + "/label", "{\"label\":\"\"}"), 400);
        assertProblem(api.putJson("api/topics/987654321/label", "{\"label\":\"Nothing\"}"), 404);
    }

    @Test
    void a_merge_sums_the_counts_on_the_survivor_and_the_merged_label_becomes_an_alternative() {
        long survivor = topicId(grain);
        long merged = topicId(ports);

        Reply reply = api.postJson("api/topics/" + merged + "/merge", "{\"into\":" + survivor + "}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(strings(reply.json(), "altLabels")).contains(ports);
        assertThat(fixture.facet("topic")).containsEntry(grain, 6L).doesNotContainKey(ports);
        assertThat(fixture.facet("articles", "topic")).containsEntry(grain, 2L).doesNotContainKey(ports);
        assertProblem(api.get("api/topics/" + merged), 404);
        assertProblem(api.postJson("api/topics/" + survivor + "/merge", "{\"into\":" + survivor + "}"), 400);
    }

    @Test
    void a_deletion_moves_statements_and_articles_to_the_chosen_topic_and_needs_one() {
        long deleted = topicId(ports);
        long target = topicId(grain);
        assertProblem(api.delete("api/topics/" + deleted), 400);

        Reply reply = api.delete("api/topics/" + deleted + "?reassignTo=" + target);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(fixture.facet("topic")).containsEntry(grain, 6L).doesNotContainKey(ports);
        assertThat(strings(reply.json(), "altLabels")).doesNotContain(ports);
        assertProblem(api.get("api/topics/" + deleted), 404);
    }

    @Test
    void a_move_changes_the_parent_and_a_cycle_is_409() {
        long parent = topicId(grain);
        long child = topicId(ports);
        Reply created = api.postJson("api/topics", "{\"label\":\"Silos " + fixture.suffix + "\",\"parent\":" + child + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long grandchild = created.json().getJsonNumber("id").longValue();
        assertProblem(api.postJson("api/topics", "{\"label\":\"" + grain + "\"}"), 409);
        assertProblem(api.postJson("api/topics", "{\"label\":\"" + grain.toUpperCase(java.util.Locale.ROOT) + "\"}"), 409);

        Reply moved = api.putJson("api/topics/" + child + "/parent", "{\"parent\":" + parent + "}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getJsonNumber("parent").longValue()).isEqualTo(parent);
        assertProblem(api.putJson("api/topics/" + parent + "/parent", "{\"parent\":" + grandchild + "}"), 409);
        assertUnknownReference(api.putJson("api/topics/" + parent + "/parent", "{\"parent\":987654321}"), "parent");
        assertThat(api.putJson("api/topics/" + child + "/parent", "{\"parent\":null}").json().getOrDefault("parent", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void a_topic_the_request_names_that_does_not_exist_is_400_naming_the_field_and_changes_nothing() {
        long id = topicId(grain);
        String orphan = "Orphan " + fixture.suffix;

        assertUnknownReference(api.postJson("api/topics", "{\"label\":\"" + orphan + "\",\"parent\":987654321}"), "parent");
        assertUnknownReference(api.postJson("api/topics/" + id + "/merge", "{\"into\":987654321}"), "into");
        assertUnknownReference(api.delete("api/topics/" + id + "?reassignTo=987654321"), "reassignTo");

        assertThat(api.get("api/topics").jsonArray().getValuesAs(JsonObject.class)).extracting(topic -> topic.getString("label"))
                .contains(grain).doesNotContain(orphan);
    }

    @Test
    void every_write_answers_the_version_it_stored_in_body_and_etag_so_the_next_edit_can_be_based_on_it() {
        long grainId = topicId(grain);
        String grainTopic = "api/topics/" + grainId;
        String portsTopic = "api/topics/" + topicId(ports);
        Reply created = api.postJson("api/topics", "{\"label\":\"Silos " + fixture.suffix + "\"}");
        String silos = "api/topics/" + created.json().getJsonNumber("id");
        String tag = fixture.answeredTag(created, silos);

        tag = fixture.answeredTag(fixture.write("PUT", silos + "/label", "{\"label\":\"Granaries " + fixture.suffix + "\"}", tag), silos);
        tag = fixture.answeredTag(fixture.write("PUT", silos + "/parent", "{\"parent\":" + grainId + "}", tag), silos);
        tag = fixture.answeredTag(fixture.write("PUT", silos + "/parent", "{\"parent\":null}", tag), silos);
        // A merge and a deletion answer the topic that takes over, with its version.
        String grainTag = fixture.answeredTag(fixture.write("POST", silos + "/merge", "{\"into\":" + grainId + "}", tag), grainTopic);
        grainTag = fixture.answeredTag(fixture.write("PUT", grainTopic + "/label", "{\"label\":\"Cereals " + fixture.suffix + "\"}",
                grainTag), grainTopic);
        grainTag = fixture.answeredTag(fixture.write("DELETE", portsTopic + "?reassignTo=" + grainId, null,
                fixture.answeredTag(api.get(portsTopic), portsTopic)), grainTopic);
        fixture.answeredTag(fixture.write("PUT", grainTopic + "/label", "{\"label\":\"Grain again " + fixture.suffix + "\"}",
                grainTag), grainTopic);
    }

    @Test
    void the_taxonomy_exports_as_skos_turtle_and_rdf_xml_and_imports_turtle() {
        Reply turtle = api.get("api/topics?format=skos");
        assertThat(turtle.status()).isEqualTo(200);
        assertThat(turtle.contentType()).startsWith("text/turtle");
        assertThat(turtle.body()).contains("skos:prefLabel \"" + grain + "\"@en");
        Reply rdfXml = api.send(HttpRequest.newBuilder(api.resolve("api/topics?format=skos"))
                .header("Accept", "application/rdf+xml").GET().build());
        assertThat(rdfXml.contentType()).startsWith("application/rdf+xml");
        assertThat(rdfXml.body()).contains("<skos:prefLabel xml:lang=\"en\">" + grain + "</skos:prefLabel>");

        for (String[] asked : new String[][] {{"text/turtle", "text/turtle"}, {"application/rdf+xml", "application/rdf+xml"},
                {"application/rdf+xml;q=0.5, text/turtle", "text/turtle"}, {"*/*", "application/json"}}) {
            Reply negotiated = api.get("api/topics", "Accept", asked[0]);
            assertThat(negotiated.status()).as("Accept: %s without format: %s", asked[0], negotiated).isEqualTo(200);
            assertThat(negotiated.contentType()).as("Accept: %s without format", asked[0]).startsWith(asked[1]);
            assertThat(negotiated.body()).contains(grain);
        }

        String imported = "Imported " + fixture.suffix;
        Reply reply = postTurtle("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:dictum:topic:imported-" + fixture.suffix + "> a skos:Concept ;\n"
                + "    skos:prefLabel \"" + imported + "\"@en ;\n"
                + "    skos:notation \"imported-" + fixture.suffix + "\" ;\n"
                + "    skos:broader <urn:dictum:topic:grain-" + fixture.suffix + "> .\n"
                + "<urn:dictum:topic:grain-" + fixture.suffix + "> a skos:Concept ; skos:prefLabel \"" + grain + "\"@en .\n");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(1);
        JsonObject topic = api.get("api/topics/" + topicId(imported)).json();
        assertThat(topic.getJsonNumber("parent").longValue()).isEqualTo(topicId(grain));
        assertProblem(postTurtle("this is not turtle"), 400);
    }

    @Test
    void a_skos_file_that_is_not_utf8_is_refused_not_imported_with_replacement_characters() {
        String label = "\u00c9nergie " + fixture.suffix;
        String turtle = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<urn:dictum:topic:energie-" + fixture.suffix + "> a skos:Concept ; skos:prefLabel \"" + label + "\"@fr .\n";

        Reply latin1 = api.post("api/topics/skos", "text/turtle", turtle.getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(latin1, 400);
        assertThat(latin1.json().getString("detail")).startsWith("The body is not valid UTF-8 text: byte ");
        assertThat(api.get("api/topics").body()).doesNotContain("nergie " + fixture.suffix);

        Reply declared = api.post("api/topics/skos", "text/turtle; charset=ISO-8859-1", turtle.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(api.get("api/topics/" + topicId(label)).json().getString("label")).isEqualTo(label);
    }

    @Test
    void labels_are_kept_in_unicode_nfc_so_a_decomposed_label_clashes_with_the_composed_one() {
        String composed = "\u00c9conomie " + fixture.suffix;
        Reply created = api.postJson("api/topics", "{\"label\":\"E\\u0301conomie " + fixture.suffix + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("label")).isEqualTo(composed);

        assertProblem(api.postJson("api/topics", "{\"label\":\"" + composed + "\"}"), 409);
        assertProblem(api.postJson("api/topics", "{\"label\":\"e\\u0301conomie " + fixture.suffix + "\"}"), 409);
        assertProblem(api.putJson("api/topics/" + topicId(grain) + "/label", "{\"label\":\"E\\u0301conomie " + fixture.suffix + "\"}"), 409);
    }

    @Test
    void a_skos_concept_is_matched_by_code_only_and_a_label_another_topic_has_is_409_leaving_that_topic_alone() {
        String harvests = "Harvests " + fixture.suffix;
        Reply created = api.postJson("api/topics", "{\"label\":\"" + harvests + "\",\"parent\":" + topicId(grain)
                + ",\"scopeNote\":\"Crops brought in.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject before = created.json();

        Reply sameLabel = postTurtle(SKOS_PREFIXES + "topic:dup-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + harvests + "\"@en .");
        Reply otherCase = postTurtle(SKOS_PREFIXES + "topic:loud-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \""
                + harvests.toUpperCase(java.util.Locale.ROOT) + "\"@en .");

        assertProblem(sameLabel, 409);
        assertThat(sameLabel.json().getString("detail")).contains("<urn:dictum:topic:dup-" + fixture.suffix + ">", "skos:prefLabel",
                "'" + harvests + "' belongs to topic " + before.getJsonNumber("id"));
        assertProblem(otherCase, 409);
        assertThat(otherCase.json().getString("detail")).contains("<urn:dictum:topic:loud-" + fixture.suffix + ">", "differs only in case");
        assertThat(api.get("api/topics/" + before.getJsonNumber("id")).json()).isEqualTo(before);
        assertThat(api.get("api/topics").body()).doesNotContain("dup-" + fixture.suffix, "loud-" + fixture.suffix);
    }

    @Test
    void a_skos_value_a_topic_cannot_hold_is_400_naming_concept_and_property_and_nothing_is_stored() {
        String fresh = "Fresh " + fixture.suffix;
        String bad = "skos:prefLabel \"Bad " + fixture.suffix + "\"@en ; ";
        List<Map.Entry<String, String>> invalid = List.of(
                Map.entry("skos:prefLabel", "skos:prefLabel \"" + "x".repeat(10_000) + "\"@en"),
                Map.entry("skos:prefLabel", "skos:prefLabel \"  \"@en"),
                Map.entry("skos:altLabel", bad + "skos:altLabel \"" + "x".repeat(201) + "\"@en"),
                Map.entry("dictum:matchTerm", bad + "dictum:matchTerm \"" + "x".repeat(201) + "\"@en"),
                Map.entry("skos:scopeNote", bad + "skos:scopeNote \"" + "x".repeat(2001) + "\"@en"),
                Map.entry("skos:notation", bad + "skos:notation \"" + "x".repeat(10_000) + "\""));
        for (Map.Entry<String, String> value : invalid) {
            Reply reply = postTurtle(SKOS_PREFIXES
                    + "topic:fresh-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + fresh + "\"@en .\n"
                    + "topic:bad-" + fixture.suffix + " a skos:Concept ; " + value.getValue() + " .");

            assertProblem(reply, 400);
            assertThat(reply.json().getString("detail")).as(value.getKey())
                    .startsWith("Concept <urn:dictum:topic:bad-" + fixture.suffix + ">, " + value.getKey() + ": ")
                    .containsAnyOf("at most", "must not be blank");
        }
        assertThat(api.get("api/topics").body()).doesNotContain(fresh);
    }

    @Test
    void a_skos_import_refused_after_its_first_changes_leaves_the_taxonomy_as_it_was() {
        long grainId = topicId(grain);
        JsonObject before = api.get("api/topics/" + grainId).json();
        String renamed = "Cereals " + fixture.suffix;
        String fresh = "Fresh " + fixture.suffix;

        Reply reply = postTurtle(SKOS_PREFIXES
                + "topic:grain-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + renamed + "\"@en ; skos:altLabel \"Corn\"@en .\n"
                + "topic:fresh-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + fresh + "\"@en ; skos:broader topic:loop-" + fixture.suffix + " .\n"
                + "topic:loop-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"Loop " + fixture.suffix + "\"@en ; skos:broader topic:fresh-" + fixture.suffix + " .");

        assertProblem(reply, 400);
        assertThat(reply.json().getString("detail")).contains("cycle");
        assertThat(api.get("api/topics/" + grainId).json()).isEqualTo(before);
        assertThat(api.get("api/topics").body()).doesNotContain(fresh, renamed);
        assertThat(fixture.facet("topic")).containsEntry(grain, 3L);
    }

    @Test
    void two_topics_may_swap_labels_in_one_skos_import() {
        long grainId = topicId(grain);
        long portsId = topicId(ports);

        Reply reply = postTurtle(SKOS_PREFIXES
                + "topic:grain-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + ports + "\"@en .\n"
                + "topic:ports-" + fixture.suffix + " a skos:Concept ; skos:prefLabel \"" + grain + "\"@en .");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("updated")).isEqualTo(2);
        assertThat(topicId(ports)).isEqualTo(grainId);
        assertThat(topicId(grain)).isEqualTo(portsId);
        assertThat(strings(api.get("api/topics/" + grainId).json(), "altLabels")).isEmpty();
        assertThat(fixture.facet("articles", "topic")).containsEntry(grain, 1L).containsEntry(ports, 1L);
    }

    @Test
    void importing_the_taxonomys_own_skos_export_again_changes_no_topic() {
        Reply created = api.postJson("api/topics", "{\"label\":\"Harvests " + fixture.suffix + "\",\"parent\":" + topicId(grain)
                + ",\"scopeNote\":\"Crops brought in.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String before = api.get("api/topics").body();
        Reply exported = api.get("api/topics?format=skos");

        Reply reply = postTurtle(exported.body());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("created")).isZero();
        assertThat(api.get("api/topics").body()).as("every topic as it was, versions included").isEqualTo(before);
    }

    private static final String SKOS_PREFIXES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dictum: <urn:dictum:vocab:> .
            @prefix topic: <urn:dictum:topic:> .
            """;

    private Reply postTurtle(String turtle) {
        return api.post("api/topics/skos", "text/turtle", turtle);
    }

    private long topicId(String label) {
        Reply reply = api.get("api/topics");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("label").equals(label))
                .mapToLong(t -> t.getJsonNumber("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("No topic " + label));
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** 400 invalid-input whose only violation names {@code field}: a record the body names does not exist. */
    private static void assertUnknownReference(Reply reply, String field) {
        assertProblem(reply, 400);
        assertThat(reply.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(violation -> violation.getString("field")).containsExactly(field);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(DictumRest.PROBLEM_JSON);
    }
}
