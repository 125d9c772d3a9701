package org.dictum.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ImportClient;
import org.dictum.it.support.ReindexRuns;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of docs/ACCESS.md, cell by cell: every endpoint in the table is called
 * by every kind of caller and must answer exactly the status the table gives, 401 and 403 as
 * problem+json. The table itself must cover every write endpoint the deployed API has.
 */
class AccessMatrixIT extends ClientSideIntegrationTest {

    /** One request of the matrix, sent by {@code client} on behalf of the caller column {@code caller}. */
    @FunctionalInterface
    private interface Call {
        Reply send(HttpApi client, MatrixCallers callers, String caller);
    }

    /** How to call each endpoint of the table. */
    private static Map<String, Call> calls() {
        return Map.ofEntries(
                Map.entry("POST /api/articles", (client, c, caller) -> client.postJson("api/articles",
                        Json.createObjectBuilder().add("title", "Matrix " + caller)
                                .add("text", "The matrix works, the tester said of cell " + UUID.randomUUID() + ".")
                                .build().toString())),
                Map.entry("POST /api/extract", (client, c, caller) -> client.postJson("api/extract",
                        "{\"text\":\"Extraction is read-only, the tester said.\"}")),
                Map.entry("POST /api/tokens", (client, c, caller) -> client.postJson("api/tokens",
                        "{\"name\":\"matrix cell\",\"scopes\":[\"read\"]}")),
                Map.entry("GET /api/tokens", (client, c, caller) -> client.get("api/tokens")),
                Map.entry("GET /api/tokens/{id}", (client, c, caller) -> client.get("api/tokens/" + victimToken(c, caller))),
                Map.entry("DELETE /api/tokens/{id}", (client, c, caller) -> client.delete("api/tokens/" + victimToken(c, caller))),
                Map.entry("GET /api/users", (client, c, caller) -> client.get("api/users")),
                Map.entry("GET /api/users/{name}", (client, c, caller) -> client.get("api/users/" + c.users.get("researcher"))),
                Map.entry("POST /api/users", (client, c, caller) -> client.postJson("api/users",
                        Json.createObjectBuilder().add("name", "cell-" + UUID.randomUUID().toString().substring(0, 13))
                                .add("password", MatrixCallers.PASSWORD).add("role", "researcher").build().toString())),
                Map.entry("PUT /api/users/{name}/role", (client, c, caller) -> client.putJson(
                        "api/users/" + c.users.get("researcher") + "/role", "{\"role\":\"researcher\"}")),
                Map.entry("PUT /api/users/{name}/password", (client, c, caller) -> client.putJson(
                        "api/users/" + c.users.get("researcher") + "/password",
                        "{\"password\":\"" + MatrixCallers.PASSWORD + "\"}")),
                Map.entry("PUT /api/users/{name}/enabled", (client, c, caller) -> client.putJson(
                        "api/users/" + c.users.get("researcher") + "/enabled", "{\"enabled\":true}")),
                Map.entry("POST /api/collections", (client, c, caller) -> client.postJson("api/collections",
                        "{\"title\":\"" + uniqueName("Matrix collection") + "\"}")),
                Map.entry("PATCH /api/collections/{slug}", (client, c, caller) -> {
                    String collection = newCollection(c);
                    String version = admin(c).get(collection).header("ETag").orElseThrow();
                    return client.patchMerge(collection, "{\"description\":\"Matrix\"}", "If-Match", version);
                }),
                Map.entry("DELETE /api/collections/{slug}", (client, c, caller) -> client.delete(newCollection(c))),
                Map.entry("POST /api/collections/{slug}/members", (client, c, caller) -> client.postJson(
                        newCollection(c) + "/members", "{\"articles\":[" + articleId(c, caller) + "]}")),
                Map.entry("POST /api/collections/{slug}/members/remove", (client, c, caller) -> client.postJson(
                        newCollection(c) + "/members/remove", "{\"articles\":[" + articleId(c, caller) + "]}")),
                Map.entry("POST /api/collections/{slug}/members/search", (client, c, caller) -> client.postJson(
                        newCollection(c) + "/members/search?of=articles&q=nosuchwordanywhere", "{}")),
                Map.entry("GET /api/settings/public-read", (client, c, caller) -> client.get("api/settings/public-read")),
                // Back to the configured default: a cell must not leave the archive private for the tests after it.
                Map.entry("PUT /api/settings/public-read", (client, c, caller) -> client.putJson("api/settings/public-read",
                        "{\"publicRead\":null}")),
                Map.entry("GET /api/export/{records}", (client, c, caller) -> client.get("api/export/statements?q=matrix&format=jsonl")),
                Map.entry("GET /api/networks/{kind}", (client, c, caller) -> client.get("api/networks/actor-topic?q=matrix")),
                Map.entry("GET /api/search/statements", (client, c, caller) -> client.get("api/search/statements?q=matrix&size=1")),
                Map.entry("POST /api/actors", (client, c, caller) -> client.postJson("api/actors",
                        "{\"canonicalName\":\"" + uniqueName("Matrix actor") + "\"}")),
                Map.entry("PUT /api/actors/{id}/name", (client, c, caller) -> client.putJson(
                        "api/actors/" + newActor(c) + "/name", "{\"canonicalName\":\"" + uniqueName("Matrix renamed") + "\"}")),
                Map.entry("POST /api/actors/{id}/aliases", (client, c, caller) -> client.postJson(
                        "api/actors/" + newActor(c) + "/aliases", "{\"alias\":\"" + uniqueName("Matrix alias") + "\"}")),
                Map.entry("DELETE /api/actors/{id}/aliases/{alias}", (client, c, caller) -> {
                    long actor = newActor(c);
                    String alias = "Matrix-" + UUID.randomUUID();   // one actor's alias only: another's is refused (409)
                    assertThat(admin(c).postJson("api/actors/" + actor + "/aliases", "{\"alias\":\"" + alias + "\"}").status()).isEqualTo(200);
                    return client.delete("api/actors/" + actor + "/aliases/" + alias);
                }),
                Map.entry("PUT /api/actors/{id}/details", (client, c, caller) -> client.putJson(
                        "api/actors/" + newActor(c) + "/details", "{\"type\":\"person\",\"country\":\"DE\"}")),
                Map.entry("PUT /api/actors/{id}/affiliation", (client, c, caller) -> client.putJson(
                        "api/actors/" + newActor(c) + "/affiliation", "{\"affiliation\":" + newActor(c) + "}")),
                Map.entry("POST /api/actors/{id}/confirmation", (client, c, caller) -> client.postJson(
                        "api/actors/" + newActor(c) + "/confirmation", "{}")),
                Map.entry("POST /api/actors/{id}/merge", (client, c, caller) -> client.postJson(
                        "api/actors/" + newActor(c) + "/merge", "{\"into\":" + newActor(c) + "}")),
                Map.entry("POST /api/actors/{id}/unmerge", (client, c, caller) -> {
                    long merged = newActor(c);
                    assertThat(admin(c).postJson("api/actors/" + merged + "/merge", "{\"into\":" + newActor(c) + "}").status()).isEqualTo(200);
                    return client.postJson("api/actors/" + merged + "/unmerge", "{}");
                }),
                Map.entry("POST /api/actors/{id}/split", (client, c, caller) -> {
                    String speaker = "Matrix Speaker" + letters();
                    Reply article = admin(c).postJson("api/articles", Json.createObjectBuilder().add("title", "Matrix split")
                            .add("text", "Splits are checked, " + speaker + " said.").build().toString());
                    assertThat(article.status()).as(article.toString()).isEqualTo(201);
                    JsonObject statement = article.json().getJsonArray("statements").getJsonObject(0);
                    Reply actors = admin(c).get("api/actors?q=" + speaker.replace(' ', '+'));
                    long actor = actors.json().getJsonArray("actors").getJsonObject(0).getJsonNumber("id").longValue();
                    return client.postJson("api/actors/" + actor + "/split", "{\"canonicalName\":\"" + uniqueName("Matrix split")
                            + "\",\"statements\":[" + statement.getJsonNumber("id") + "]}");
                }),
                Map.entry("POST /api/topics", (client, c, caller) -> client.postJson("api/topics",
                        "{\"label\":\"" + uniqueName("Matrix topic") + "\"}")),
                Map.entry("PUT /api/topics/{id}/label", (client, c, caller) -> client.putJson(
                        "api/topics/" + newTopic(c) + "/label", "{\"label\":\"" + uniqueName("Matrix relabelled") + "\"}")),
                Map.entry("PUT /api/topics/{id}/parent", (client, c, caller) -> client.putJson(
                        "api/topics/" + newTopic(c) + "/parent", "{\"parent\":" + newTopic(c) + "}")),
                Map.entry("POST /api/topics/{id}/merge", (client, c, caller) -> client.postJson(
                        "api/topics/" + newTopic(c) + "/merge", "{\"into\":" + newTopic(c) + "}")),
                Map.entry("DELETE /api/topics/{id}", (client, c, caller) -> client.delete(
                        "api/topics/" + newTopic(c) + "?reassignTo=" + newTopic(c))),
                Map.entry("POST /api/topics/skos", (client, c, caller) -> client.post("api/topics/skos", "text/turtle",
                        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<urn:dictum:topic:matrix-" + letters()
                                + "> a skos:Concept ; skos:prefLabel \"" + uniqueName("Matrix imported") + "\"@en .\n")),
                Map.entry("PATCH /api/articles/{id}", (client, c, caller) -> {
                    String article = newArticle(c, caller);
                    String version = HttpApi.anonymous(c.baseUrl).get(article).header("ETag").orElseThrow();
                    return client.patchMerge(article, "{\"title\":\"Matrix corrected\",\"reason\":\"matrix\"}",
                            "If-Match", version);
                }),
                Map.entry("POST /api/statements/{id}/verify", (client, c, caller) -> {
                    JsonObject statement = newStatement(c, caller);
                    return client.postJson("api/statements/" + statement.getJsonNumber("id") + "/verify",
                            "{\"reason\":\"matrix\"}", "If-Match", versionOf(statement));
                }),
                Map.entry("POST /api/statements/{id}/reject", (client, c, caller) -> {
                    JsonObject statement = newStatement(c, caller);
                    return client.postJson("api/statements/" + statement.getJsonNumber("id") + "/reject",
                            "{\"reason\":\"matrix\"}", "If-Match", versionOf(statement));
                }),
                Map.entry("PATCH /api/statements/{id}", (client, c, caller) -> {
                    JsonObject statement = newStatement(c, caller);
                    return client.patchMerge("api/statements/" + statement.getJsonNumber("id"),
                            "{\"cue\":\"stated\",\"reason\":\"matrix\"}", "If-Match", versionOf(statement));
                }),
                Map.entry("POST /api/articles/{id}/statements", (client, c, caller) -> {
                    String article = newArticle(c, caller);
                    String version = HttpApi.anonymous(c.baseUrl).get(article).header("ETag").orElseThrow();
                    return client.postJson(article + "/statements", "{\"start\":0,\"end\":5,\"reason\":\"matrix\"}",
                            "If-Match", version);
                }),
                Map.entry("POST /api/articles/{id}/withdraw", (client, c, caller) -> {
                    String article = newArticle(c, caller);
                    String version = HttpApi.anonymous(c.baseUrl).get(article).header("ETag").orElseThrow();
                    return client.postJson(article + "/withdraw", "{\"reason\":\"matrix\"}", "If-Match", version);
                }),
                Map.entry("POST /api/articles/{id}/restore", (client, c, caller) -> {
                    String article = newArticle(c, caller);
                    String version = HttpApi.anonymous(c.baseUrl).get(article).header("ETag").orElseThrow();
                    Reply withdrawn = new HttpApi(c.baseUrl).postJson(article + "/withdraw", "{\"reason\":\"matrix\"}",
                            "If-Match", version);
                    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
                    return client.postJson(article + "/restore", "{\"reason\":\"matrix\"}",
                            "If-Match", withdrawn.header("ETag").orElseThrow());
                }),
                Map.entry("POST /api/articles/{id}/reextract", (client, c, caller) -> {
                    String article = newArticle(c, caller);
                    String version = HttpApi.anonymous(c.baseUrl).get(article).header("ETag").orElseThrow();
                    return client.postJson(article + "/reextract", "{\"reason\":\"matrix\"}", "If-Match", version);
                }),
                Map.entry("POST /api/saved-searches", (client, c, caller) -> client.postJson("api/saved-searches",
                        "{\"name\":\"Matrix " + caller + "\",\"query\":\"q=matrix\"}")),
                Map.entry("GET /api/saved-searches", (client, c, caller) -> client.get("api/saved-searches")),
                Map.entry("GET /api/saved-searches/{id}", (client, c, caller) -> client.get(
                        "api/saved-searches/" + newSavedSearch(c, caller))),
                Map.entry("PUT /api/saved-searches/{id}/name", (client, c, caller) -> client.putJson(
                        "api/saved-searches/" + newSavedSearch(c, caller) + "/name", "{\"name\":\"Matrix renamed\"}")),
                Map.entry("DELETE /api/saved-searches/{id}", (client, c, caller) -> client.delete(
                        "api/saved-searches/" + newSavedSearch(c, caller))),
                Map.entry("POST /api/saved-searches/{id}/freeze", (client, c, caller) -> client.postJson(
                        "api/saved-searches/" + newSavedSearch(c, caller) + "/freeze", "{}")),
                Map.entry("GET /api/saved-searches/{id}/results", (client, c, caller) -> client.get(
                        "api/saved-searches/" + newSavedSearch(c, caller) + "/results")),
                Map.entry("GET /api/audit", (client, c, caller) -> client.get("api/audit?format=csv&from=" + Instant.now())),
                Map.entry("POST /api/imports", (client, c, caller) -> new ImportClient(client).upload("matrix.jsonl",
                        ("{\"text\":\"Imports are checked, the tester said of cell " + UUID.randomUUID() + ".\"}\n")
                                .getBytes(StandardCharsets.UTF_8), null, null)),
                Map.entry("POST /api/imports/server-files", (client, c, caller) -> client.postJson("api/imports/server-files",
                        "{\"path\":\"" + serverFile() + "\"}")),
                Map.entry("GET /api/imports", (client, c, caller) -> client.get("api/imports")),
                Map.entry("GET /api/imports/{id}", (client, c, caller) -> client.get("api/imports/" + endedImport(c))),
                Map.entry("GET /api/imports/{id}/failures", (client, c, caller) -> client.get("api/imports/" + endedImport(c) + "/failures")),
                Map.entry("POST /api/imports/{id}/restart", (client, c, caller) -> client.postJson("api/imports/" + failedImport(c) + "/restart", "{}")),
                Map.entry("POST /api/imports/{id}/stop", (client, c, caller) -> client.postJson("api/imports/" + endedImport(c) + "/stop", "{}")),
                Map.entry("POST /api/admin/reindex", (client, c, caller) -> {
                    // One run at a time: the administrator's cell waits for any run to end, and for its own.
                    ReindexRuns.awaitIdle(admin(c));
                    Reply reply = client.postJson("api/admin/reindex", "{\"types\":[\"articles\"]}");
                    ReindexRuns.awaitIdle(admin(c));
                    return reply;
                }),
                Map.entry("GET /api/admin/reindex", (client, c, caller) -> client.get("api/admin/reindex")),
                Map.entry("DELETE /api/admin/reindex", (client, c, caller) -> client.delete("api/admin/reindex")));
    }

    /** A one-line JSON Lines file in the IT server's import directory; its path there. */
    private static String serverFile() {
        try {
            Path dir = Path.of(System.getProperty("dictum.it.target"), "import-server-dir");
            Files.createDirectories(dir);
            String name = "matrix-" + UUID.randomUUID() + ".jsonl";
            Files.writeString(dir.resolve(name), "{\"text\":\"Server imports are checked, the tester said of " + name + ".\"}\n");
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An import that has completed, made by the ITs' administrator; its id. */
    private static long endedImport(MatrixCallers callers) {
        ImportClient imports = new ImportClient(admin(callers));
        long id = imports.start("matrix.jsonl", ("{\"text\":\"Ended imports are checked, the tester said of " + UUID.randomUUID()
                + ".\"}\n").getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(id, Duration.ofMinutes(1));
        return id;
    }

    /** An import that has failed (its CSV names no content column), made by the ITs' administrator; its id. */
    private static long failedImport(MatrixCallers callers) {
        ImportClient imports = new ImportClient(admin(callers));
        long id = imports.start("matrix.csv", "headline\r\nNo content\r\n".getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(imports.awaitEnd(id, Duration.ofMinutes(1)).getString("status")).isEqualTo("failed");
        return id;
    }

    private static HttpApi admin(MatrixCallers callers) {
        return new HttpApi(callers.baseUrl);
    }

    /** A new actor for the cell to change, made by the ITs' administrator; its id. */
    private static long newActor(MatrixCallers callers) {
        Reply reply = admin(callers).postJson("api/actors", "{\"canonicalName\":\"" + uniqueName("Matrix actor") + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A new topic for the cell to change, made by the ITs' administrator; its id. */
    private static long newTopic(MatrixCallers callers) {
        Reply reply = admin(callers).postJson("api/topics", "{\"label\":\"" + uniqueName("Matrix topic") + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A new public collection for the cell to change, made by the ITs' administrator; its API path. */
    private static String newCollection(MatrixCallers callers) {
        Reply reply = admin(callers).postJson("api/collections",
                "{\"title\":\"" + uniqueName("Matrix collection") + "\",\"visibility\":\"public\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return "api/collections/" + reply.json().getString("slug");
    }

    /** The id of a new article for the cell. */
    private static long articleId(MatrixCallers callers, String caller) {
        String article = newArticle(callers, caller);
        return Long.parseLong(article.substring(article.lastIndexOf('/') + 1));
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    /** Lower-case letters only, for names the extractor must read as one proper name. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().replace("-", "").chars().limit(10).forEach(c -> letters.append((char) ('a' + c % 26)));
        return letters.toString();
    }

    /** A new article for the cell to edit, archived by the ITs' administrator; its API path. */
    private static String newArticle(MatrixCallers callers, String caller) {
        Reply reply = new HttpApi(callers.baseUrl).postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Matrix edit " + caller)
                .add("text", "Edits are checked, the tester said of cell " + UUID.randomUUID() + ".").build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return "api/articles/" + reply.json().getJsonNumber("id").longValue();
    }

    /** The first statement of a new article archived by the ITs' administrator. */
    private static JsonObject newStatement(MatrixCallers callers, String caller) {
        // The cell's id stays out of the sentence, so that extraction finds the statement whatever the id.
        Reply reply = new HttpApi(callers.baseUrl).postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Matrix statement " + caller)
                .add("text", "Talks will resume next week, the minister said on Saturday. Cell " + UUID.randomUUID() + ".")
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonObject article = reply.json();
        assertThat(article.getJsonArray("statements")).as(article.toString()).isNotEmpty();
        return article.getJsonArray("statements").getJsonObject(0);
    }

    private static String versionOf(JsonObject record) {
        return "\"" + record.getJsonNumber("version").longValue() + "\"";
    }

    /** A new saved search of the user the caller acts for (saved with a token of theirs); its id. */
    private static long newSavedSearch(MatrixCallers callers, String caller) {
        String token = callers.admin.issueToken(callers.ownerFor(caller), MatrixCallers.PASSWORD, "matrix saved search",
                "read", "write");
        Reply reply = HttpApi.withToken(callers.baseUrl, token).postJson("api/saved-searches",
                "{\"name\":\"Matrix cell\",\"query\":\"q=matrix\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A fresh token of the user the caller acts for, to be revoked by the cell. */
    private static long victimToken(MatrixCallers callers, String caller) {
        Reply reply = HttpApi.withBasic(callers.baseUrl, callers.ownerFor(caller), MatrixCallers.PASSWORD)
                .postJson("api/tokens", "{\"name\":\"matrix victim\",\"scopes\":[\"read\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void every_endpoint_answers_every_kind_of_caller_as_docs_access_md_specifies() {
        AccessTable table = AccessTable.fromDocs();
        MatrixCallers callers = new MatrixCallers(baseUrl);
        Map<String, Call> calls = calls();
        SoftAssertions cells = new SoftAssertions();
        int checked = 0;
        for (AccessTable.Row row : table.rows()) {
            assertThat(calls).as("AccessMatrixIT needs a request for %s", row.endpoint()).containsKey(row.endpoint());
            for (String caller : table.callers()) {
                Reply reply = calls.get(row.endpoint()).send(callers.client(caller, row.basic()), callers, caller);
                int expected = row.expected().get(caller);
                cells.assertThat(reply.status()).as("%s as %s: %s", row.endpoint(), caller, reply).isEqualTo(expected);
                if (expected == 401 || expected == 403) {
                    cells.assertThat(reply.contentType()).as("%s as %s", row.endpoint(), caller).startsWith(DictumRest.PROBLEM_JSON);
                }
                if (expected == 401) {
                    cells.assertThat(reply.headerValues("WWW-Authenticate")).as("%s as %s", row.endpoint(), caller).isNotEmpty();
                }
                checked++;
            }
        }
        cells.assertAll();
        assertThat(checked).isEqualTo(table.rows().size() * table.callers().size());
        assertThat(table.callers()).containsExactly("anonymous", "researcher", "librarian", "admin",
                MatrixCallers.READ_ONLY_TOKEN, MatrixCallers.REVOKED_TOKEN);
    }

    @Test
    void the_matrix_covers_every_write_endpoint_of_the_deployed_api_and_nothing_that_is_gone() {
        Set<String> deployed = DeployedEndpoints.of(HttpApi.anonymous(baseUrl));
        Set<String> inTable = table().rows().stream().map(AccessTable.Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        Set<String> writes = deployed.stream().filter(DeployedEndpoints::isWrite).collect(Collectors.toCollection(TreeSet::new));
        assertThat(writes).as("write endpoints of the deployed API").contains("POST /api/articles", "DELETE /api/tokens/{id}");
        assertThat(inTable).as("docs/ACCESS.md must list every write endpoint").containsAll(writes);
        assertThat(deployed).as("every endpoint in docs/ACCESS.md must exist").containsAll(inTable);
    }

    private static AccessTable table() {
        return AccessTable.fromDocs();
    }
}
