package org.dictum.it.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every change is a revision with who, when, why and the before/after of each field; edits name the
 * version they are based on and a stale one is refused with 409; the audit log exports as CSV and
 * JSON Lines; the portal shows the history escaped. Each test archives an article of its own.
 */
class HistoryIT extends ClientSideIntegrationTest {

    private static final String USER = "anonymous";

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(baseUrl);
    }

    /** Archives a new article (unique text, so never a duplicate) and returns its JSON. */
    private JsonObject archive(String title) {
        String body = Json.createObjectBuilder()
                .add("title", title)
                .add("source", "History Test Wire")
                .add("publishedAt", "2022-01-09")
                .add("language", "en")
                .add("text", "Talks will resume next week, the minister said on Saturday. Ref " + UUID.randomUUID() + ".")
                .build().toString();
        HttpApi.Reply reply = api.postJson("api/articles", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** PATCH /api/articles/{id} with the given If-Match (null: none) and reason header (null: none). */
    private HttpResponse<String> patch(long id, String ifMatch, String reasonHeader, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("api/articles/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (reasonHeader != null) {
            request.header("X-Dictum-Reason", reasonHeader);
        }
        return send(request);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private JsonArray history(String records, long id) {
        HttpResponse<String> reply = get("api/" + records + "/" + id + "/history");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static JsonObject change(JsonObject revision, String field) {
        return revision.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + revision));
    }

    @Test
    void creating_an_article_is_a_revision_and_an_edit_a_second_one_with_before_after_reason_and_user() {
        JsonObject created = archive("Talks in Geneva");
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        HttpResponse<String> read = get("api/articles/" + id);
        assertThat(read.headers().firstValue("ETag")).contains("\"" + version + "\"");

        JsonArray before = history("articles", id);
        assertThat(before).hasSize(1);
        JsonObject creation = before.getJsonObject(0);
        assertThat(creation.getString("kind")).isEqualTo("created");
        assertThat(creation.getString("user")).isEqualTo(USER);
        assertThat(creation.isNull("reason")).isTrue();
        assertThat(change(creation, "title").isNull("before")).isTrue();
        assertThat(change(creation, "title").getString("after")).isEqualTo("Talks in Geneva");
        assertThat(change(creation, "source").getString("after")).isEqualTo("History Test Wire");

        HttpResponse<String> edited = patch(id, "\"" + version + "\"", null,
                "{\"title\":\"Talks in Geneva resume\",\"language\":\"fr\",\"reason\":\"Headline as printed\"}");

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json(edited).getString("title")).isEqualTo("Talks in Geneva resume");
        long newVersion = json(edited).getJsonNumber("version").longValue();
        assertThat(newVersion).isGreaterThan(version);
        assertThat(edited.headers().firstValue("ETag")).contains("\"" + newVersion + "\"");

        JsonArray after = history("articles", id);
        assertThat(after).hasSize(2);
        JsonObject edit = after.getJsonObject(0);
        assertThat(edit.getJsonNumber("revision").longValue()).isGreaterThan(after.getJsonObject(1).getJsonNumber("revision").longValue());
        assertThat(edit.getString("kind")).isEqualTo("changed");
        assertThat(edit.getString("user")).isEqualTo(USER);
        assertThat(edit.getString("reason")).isEqualTo("Headline as printed");
        assertThat(edit.getString("timestamp")).isNotBlank();
        assertThat(edit.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ": " + c.getString("before") + " -> " + c.getString("after"))
                .containsExactly("title: Talks in Geneva -> Talks in Geneva resume", "language: en -> fr");
        assertThat(after.getJsonObject(1)).isEqualTo(creation);
    }

    @Test
    void an_edit_based_on_a_stale_version_gets_409_naming_the_current_version_and_changes_nothing() {
        JsonObject created = archive("Ceasefire holds");
        long id = created.getJsonNumber("id").longValue();
        String readVersion = "\"" + created.getJsonNumber("version").longValue() + "\"";
        HttpResponse<String> first = patch(id, readVersion, "Checked with the wire", "{\"title\":\"Ceasefire holds, for now\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        long current = json(first).getJsonNumber("version").longValue();

        HttpResponse<String> second = patch(id, readVersion, null, "{\"title\":\"Ceasefire collapses\"}");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(second).getString("type")).endsWith("/conflict");
        assertThat(json(second).getString("detail")).contains("is at version " + current);
        assertThat(second.headers().firstValue("ETag")).contains("\"" + current + "\"");
        assertThat(json(get("api/articles/" + id)).getString("title")).isEqualTo("Ceasefire holds, for now");
        JsonArray history = history("articles", id);
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getString("reason")).isEqualTo("Checked with the wire");

        HttpResponse<String> unversioned = patch(id, null, null, "{\"title\":\"Ceasefire collapses\"}");
        assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(428);
        HttpResponse<String> bodyVersionStale = patch(id, null, null, "{\"title\":\"Ceasefire collapses\",\"version\":"
                + created.getJsonNumber("version").longValue() + "}");
        assertThat(bodyVersionStale.statusCode()).isEqualTo(409);
        assertThat(history("articles", id)).hasSize(2);
    }

    @Test
    void statements_have_a_history_and_unknown_records_answer_404() {
        JsonObject created = archive("Minister on talks");
        JsonObject statement = created.getJsonArray("statements").getJsonObject(0);
        long statementId = statement.getJsonNumber("id").longValue();

        JsonArray history = history("statements", statementId);

        assertThat(history).hasSize(1);
        assertThat(history.getJsonObject(0).getString("kind")).isEqualTo("created");
        assertThat(change(history.getJsonObject(0), "content").getString("after")).isEqualTo(statement.getString("content"));
        assertThat(get("api/statements/" + statementId).headers().firstValue("ETag"))
                .contains("\"" + statement.getJsonNumber("version").longValue() + "\"");
        for (String records : List.of("articles", "statements", "actors", "topics")) {
            HttpResponse<String> unknown = get("api/" + records + "/987654321/history");
            assertThat(unknown.statusCode()).as(records).isEqualTo(404);
            assertThat(json(unknown).getString("type")).endsWith("/not-found");
        }
    }

    @Test
    void the_audit_export_holds_the_revisions_as_rfc_4180_csv_and_as_json_lines() {
        JsonObject created = archive("Export, \"quoted\" title");
        long id = created.getJsonNumber("id").longValue();
        assertThat(patch(id, "\"" + created.getJsonNumber("version").longValue() + "\"", null,
                "{\"title\":\"Export title\",\"reason\":\"Removed \\\"quotes\\\", and a comma\"}").statusCode()).isEqualTo(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        HttpResponse<String> csv = get("api/audit?format=csv&from=" + today);

        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("revision,timestamp,user,reason,record,recordId,kind,field,before,after\r\n");
        List<String> rows = Arrays.asList(csv.body().split("\r\n"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains(",anonymous,\"Removed \"\"quotes\"\", and a comma\",article," + id + ",changed,title,"
                        + "\"Export, \"\"quoted\"\" title\",Export title")
                .endsWith("Export title"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains(",anonymous,,article," + id + ",created,title,,\"Export, \"\"quoted\"\" title\""));

        HttpResponse<String> jsonl = get("api/audit?format=jsonl&from=" + today);

        assertThat(jsonl.statusCode()).isEqualTo(200);
        List<JsonObject> lines = jsonl.body().lines()
                .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        JsonObject edit = lines.stream()
                .filter(l -> l.getString("record").equals("article") && l.getJsonNumber("recordId").longValue() == id
                        && l.getString("kind").equals("changed"))
                .findFirst().orElseThrow();
        assertThat(edit.getString("user")).isEqualTo(USER);
        assertThat(edit.getString("reason")).isEqualTo("Removed \"quotes\", and a comma");
        assertThat(change(edit, "title").getString("before")).isEqualTo("Export, \"quoted\" title");
        assertThat(change(edit, "title").getString("after")).isEqualTo("Export title");
        assertThat(lines).extracting(l -> l.getJsonNumber("revision").longValue()).isSorted();

        HttpResponse<String> longAgo = get("api/audit?format=csv&until=2000-01-01");
        assertThat(longAgo.body()).isEqualTo("revision,timestamp,user,reason,record,recordId,kind,field,before,after\r\n");
        assertThat(get("api/audit?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void the_portal_history_page_lists_the_changes_with_user_and_reason_escaped() {
        String script = "<script>alert('history')</script> Talks";
        String image = "<img src=x onerror=alert(1)> Talks";
        JsonObject created = archive(script);
        long id = created.getJsonNumber("id").longValue();
        assertThat(patch(id, "\"" + created.getJsonNumber("version").longValue() + "\"", null,
                "{\"title\":\"" + image + "\",\"reason\":\"<b>bold</b> reason\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> articlePage = get("article.xhtml?id=" + id);
        assertThat(Jsoup.parse(articlePage.body()).selectFirst("#history-link").attr("href"))
                .endsWith("history.xhtml?record=article&id=" + id);
        HttpResponse<String> page = get("history.xhtml?record=article&id=" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x", "<b>bold</b>")
                .contains("&lt;script&gt;alert", "&lt;img src=x onerror=alert(1)&gt;");
        Document html = Jsoup.parse(page.body());
        List<Element> revisions = html.select("li.revision");
        assertThat(revisions).hasSize(2);
        Element edit = revisions.get(0);
        assertThat(edit.selectFirst(".kind").text()).isEqualTo("changed");
        assertThat(edit.selectFirst(".user").text()).isEqualTo(USER);
        assertThat(edit.selectFirst(".reason").text()).isEqualTo("Reason: <b>bold</b> reason");
        Element title = edit.selectFirst("tr.change[data-field=title]");
        assertThat(title.selectFirst("td.before").text()).isEqualTo(script);
        assertThat(title.selectFirst("td.after").text()).isEqualTo(image);
        assertThat(html.select("script")).noneMatch(element -> element.data().contains("alert"));
        assertThat(html.select("img[onerror], b")).isEmpty();
        assertThat(revisions.get(1).selectFirst(".kind").text()).isEqualTo("created");

        long statementId = created.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> statementPage = get("history.xhtml?record=statement&id=" + statementId);
        assertThat(statementPage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(statementPage.body()).select("li.revision")).hasSize(1);
        assertThat(get("history.xhtml?record=article&id=987654321").statusCode()).isEqualTo(404);
    }
}
