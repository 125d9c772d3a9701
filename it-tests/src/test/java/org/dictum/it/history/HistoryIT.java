package org.dictum.it.history;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
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

    private static final String USER = ItAccounts.ADMIN;

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

    /** PATCH /api/articles/{id} as the administrator, with the given If-Match (null: none) and reason header (null: none). */
    private Reply patch(long id, String ifMatch, String reasonHeader, String json) {
        List<String> headers = new ArrayList<>();
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        if (reasonHeader != null) {
            headers.addAll(List.of("X-Dictum-Reason", reasonHeader));
        }
        return api.patchMerge("api/articles/" + id, json, headers.toArray(String[]::new));
    }

    private Reply get(String path) {
        return api.get(path);
    }

    private JsonArray history(String records, long id) {
        Reply reply = get("api/" + records + "/" + id + "/history");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
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
        Reply read = get("api/articles/" + id);
        assertThat(read.header("ETag")).contains("\"" + version + "\"");

        JsonArray before = history("articles", id);
        assertThat(before).hasSize(1);
        JsonObject creation = before.getJsonObject(0);
        assertThat(creation.getString("kind")).isEqualTo("created");
        assertThat(creation.getString("user")).isEqualTo(USER);
        assertThat(creation.isNull("reason")).isTrue();
        assertThat(change(creation, "title").isNull("before")).isTrue();
        assertThat(change(creation, "title").getString("after")).isEqualTo("Talks in Geneva");
        assertThat(change(creation, "source").getString("after")).isEqualTo("History Test Wire");

        Reply edited = patch(id, "\"" + version + "\"", null,
                "{\"title\":\"Talks in Geneva resume\",\"language\":\"fr\",\"reason\":\"Headline as printed\"}");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().getString("title")).isEqualTo("Talks in Geneva resume");
        long newVersion = edited.json().getJsonNumber("version").longValue();
        assertThat(newVersion).isGreaterThan(version);
        assertThat(edited.header("ETag")).contains("\"" + newVersion + "\"");

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
        Reply first = patch(id, readVersion, "Checked with the wire", "{\"title\":\"Ceasefire holds, for now\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long current = first.json().getJsonNumber("version").longValue();

        Reply second = patch(id, readVersion, null, "{\"title\":\"Ceasefire collapses\"}");

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(second.json().getString("type")).endsWith("/conflict");
        assertThat(second.json().getString("detail")).contains("is at version " + current);
        assertThat(second.header("ETag")).contains("\"" + current + "\"");
        assertThat(get("api/articles/" + id).json().getString("title")).isEqualTo("Ceasefire holds, for now");
        JsonArray history = history("articles", id);
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getString("reason")).isEqualTo("Checked with the wire");

        Reply unversioned = patch(id, null, null, "{\"title\":\"Ceasefire collapses\"}");
        assertThat(unversioned.status()).as(unversioned.body()).isEqualTo(428);
        Reply bodyVersionStale = patch(id, null, null, "{\"title\":\"Ceasefire collapses\",\"version\":"
                + created.getJsonNumber("version").longValue() + "}");
        assertThat(bodyVersionStale.status()).isEqualTo(409);
        assertThat(history("articles", id)).hasSize(2);
    }

    @Test
    void a_version_no_record_can_have_answers_400_naming_it_on_every_kind_of_write_and_changes_nothing() {
        JsonObject created = archive("Versions in doubt");
        long id = created.getJsonNumber("id").longValue();
        long statementId = created.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();
        for (String version : List.of("1.5", "1e30", "99999999999999999999", "-1", "\"3\"", "true", "null")) {
            Reply article = patch(id, null, null, "{\"title\":\"Versions resolved\",\"version\":" + version + "}");
            Reply statement = api.patchMerge("api/statements/" + statementId, "{\"cue\":\"told\",\"version\":" + version + "}");
            for (Reply reply : List.of(article, statement)) {
                assertThat(reply.status()).as(version + ": " + reply.body()).isEqualTo(400);
                assertThat(reply.json().getString("type")).endsWith("/invalid-input");
                assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("version");
                assertThat(reply.json().getString("detail")).contains("version must be a whole number from 0 to");
            }
        }
        Reply negativeIfMatch = patch(id, "\"-1\"", null, "{\"title\":\"Versions resolved\"}");
        assertThat(negativeIfMatch.status()).as(negativeIfMatch.body()).isEqualTo(400);
        assertThat(negativeIfMatch.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("If-Match");

        Reply topic = api.postJson("api/topics", "{\"label\":\"Versions " + UUID.randomUUID() + "\"}");
        assertThat(topic.status()).as(topic.body()).isEqualTo(201);
        String label = "api/topics/" + topic.json().getJsonNumber("id").longValue() + "/label";
        Reply stringVersion = api.putJson(label, "{\"label\":\"Renamed\",\"version\":\"3\"}");
        Reply hugeVersion = api.putJson(label, "{\"label\":\"Renamed\",\"version\":99999999999999999999}");
        Reply negativeVersion = api.putJson(label, "{\"label\":\"Renamed\",\"version\":-1}");
        for (Reply reply : List.of(stringVersion, hugeVersion, negativeVersion)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("version");
        }

        assertThat(get("api/articles/" + id).json().getString("title")).isEqualTo("Versions in doubt");
        assertThat(history("articles", id)).hasSize(1);
        assertThat(history("statements", statementId)).hasSize(1);
    }

    @Test
    void a_history_comes_a_page_at_a_time_with_its_total_and_a_link_to_the_next_page() {
        JsonObject created = archive("Paged talks");
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        for (int edit = 1; edit <= 4; edit++) {
            Reply edited = patch(id, "\"" + version + "\"", null, "{\"title\":\"Paged talks " + edit + "\"}");
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            version = edited.json().getJsonNumber("version").longValue();
        }
        Reply whole = get("api/articles/" + id + "/history");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("X-Total-Count")).contains("5");
        assertThat(whole.header("Link")).as("no page follows").isEmpty();
        JsonArray all = whole.jsonArray();
        assertThat(all).hasSize(5);

        List<JsonObject> followed = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Reply page = get("api/articles/" + id + "/history?limit=2");
        while (true) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).contains("5");
            followed.addAll(page.jsonArray().getValuesAs(JsonObject.class));
            Optional<String> next = page.headerValues("Link").stream().filter(link -> link.endsWith("; rel=\"next\"")).findFirst();
            if (next.isEmpty()) {
                assertThat(page.headerValues("Link")).as("the last page links the one before it and the first")
                        .anySatisfy(link -> assertThat(link).contains("offset=2", "limit=2").endsWith("; rel=\"prev\""))
                        .anySatisfy(link -> assertThat(link).contains("offset=0", "limit=2").endsWith("; rel=\"first\""));
                break;
            }
            String target = next.get().substring(next.get().indexOf('<') + 1, next.get().indexOf('>'));
            links.add(target.substring(target.indexOf("/history")));
            page = get(target);
        }
        assertThat(links).hasSize(2);
        assertThat(links.get(0)).startsWith("/history?").contains("offset=2", "limit=2");
        assertThat(links.get(1)).startsWith("/history?").contains("offset=4", "limit=2");
        assertThat(followed).as("the pages, one after the other, are the whole history, the oldest of each "
                + "compared with the revision before it").containsExactlyElementsOf(all.getValuesAs(JsonObject.class));
        assertThat(change(followed.get(1), "title").getString("before")).isEqualTo("Paged talks 2");

        Document firstPage = Jsoup.parse(get("history.xhtml?record=article&id=" + id + "&size=2").body());
        assertThat(firstPage.select("li.revision")).hasSize(2);
        assertThat(firstPage.selectFirst("#history-range").text()).isEqualTo("Revisions 1–2 of 5");
        assertThat(firstPage.select("#newer-revisions")).isEmpty();
        Document lastPage = Jsoup.parse(get(firstPage.selectFirst("#older-revisions").attr("href")
                .replaceFirst("^/[^/]+/", "").replace("page=2", "page=3")).body());
        assertThat(lastPage.selectFirst("#history-range").text()).isEqualTo("Revisions 5–5 of 5");
        assertThat(lastPage.select("li.revision .kind").eachText()).containsExactly("created");
        assertThat(lastPage.select("#older-revisions")).isEmpty();
        assertThat(lastPage.selectFirst("#newer-revisions").attr("href")).endsWith("page=2&size=2");
        assertThat(Jsoup.parse(get("history.xhtml?record=article&id=" + id).body()).select("#history-pages"))
                .as("one page holds the whole history").isEmpty();
        Reply pastReply = get("history.xhtml?record=article&id=" + id + "&size=2&page=999");
        assertThat(pastReply.status()).as("the history page saying so, not an error page").isEqualTo(200);
        Document pastPage = Jsoup.parse(pastReply.body());
        assertThat(pastPage.select("li.revision")).isEmpty();
        assertThat(pastPage.selectFirst("#page-error").text()).isEqualTo("Page 999 is past the last page (3). Last page");
        assertThat(pastPage.selectFirst("#page-error a").attr("href")).endsWith("page=3&size=2");
        assertThat(pastPage.select("#history-pages")).as("no 'Revisions 999–998'").isEmpty();
        for (String bad : List.of("page=0", "page=x", "size=0", "size=1001")) {
            Reply refused = get("history.xhtml?record=article&id=" + id + "&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).title()).as("the portal's page, not the server's bare one").isEqualTo("Bad address · Dictum");
        }

        Reply past = get("api/articles/" + id + "/history?offset=5");
        assertThat(past.jsonArray()).isEmpty();
        assertThat(past.header("X-Total-Count")).contains("5");
        for (String bad : List.of("limit=0", "limit=1001", "offset=-1", "limit=abc", "offset=99999999999")) {
            Reply refused = get("api/articles/" + id + "/history?" + bad);
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("type")).endsWith("/invalid-input");
            assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                    .isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        long statementId = created.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();
        Reply statement = get("api/statements/" + statementId + "/history?limit=1");
        assertThat(statement.header("X-Total-Count")).contains("1");
        assertThat(statement.jsonArray()).hasSize(1);
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
        assertThat(get("api/statements/" + statementId).header("ETag"))
                .contains("\"" + statement.getJsonNumber("version").longValue() + "\"");
        for (String records : List.of("articles", "statements", "actors", "topics")) {
            Reply unknown = get("api/" + records + "/987654321/history");
            assertThat(unknown.status()).as(records).isEqualTo(404);
            assertThat(unknown.json().getString("type")).endsWith("/not-found");
        }
    }

    @Test
    void the_audit_export_holds_the_revisions_as_rfc_4180_csv_and_as_json_lines() {
        Instant started = Instant.now().minusSeconds(2);
        JsonObject created = archive("Export, \"quoted\" title");
        long id = created.getJsonNumber("id").longValue();
        assertThat(patch(id, "\"" + created.getJsonNumber("version").longValue() + "\"", null,
                "{\"title\":\"Export title\",\"reason\":\"Removed \\\"quotes\\\", and a comma\"}").status()).isEqualTo(200);
        Reply csv = get("api/audit?format=csv&from=" + started);

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("revision,timestamp,user,reason,record,recordId,kind,field,before,after\r\n");
        List<String> rows = Arrays.asList(csv.body().split("\r\n"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains("," + USER + ",\"Removed \"\"quotes\"\", and a comma\",article," + id + ",changed,title,"
                        + "\"Export, \"\"quoted\"\" title\",Export title")
                .endsWith("Export title"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .contains("," + USER + ",,article," + id + ",created,title,,\"Export, \"\"quoted\"\" title\""));

        Reply jsonl = get("api/audit?format=jsonl&from=" + started);

        assertThat(jsonl.status()).isEqualTo(200);
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

        Reply whole = get("api/audit?format=jsonl");
        assertThat(whole.status()).isEqualTo(200);
        List<String> kinds = List.of("article", "statement", "actor", "topic", "collection");
        List<JsonObject> all = whole.body().lines().map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        assertThat(all).as("the whole log, read in slices, each in a transaction: revision, kind of record, record id")
                .hasSizeGreaterThanOrEqualTo(lines.size())
                .isSortedAccordingTo(Comparator.<JsonObject>comparingLong(l -> l.getJsonNumber("revision").longValue())
                        .thenComparingInt(l -> kinds.indexOf(l.getString("record")))
                        .thenComparingLong(l -> l.getJsonNumber("recordId").longValue()))
                .extracting(l -> l.getJsonNumber("revision") + " " + l.getString("record") + " " + l.getJsonNumber("recordId"))
                .doesNotHaveDuplicates();

        Reply longAgo = get("api/audit?format=csv&until=2000-01-01");
        assertThat(longAgo.body()).isEqualTo("revision,timestamp,user,reason,record,recordId,kind,field,before,after\r\n");
        assertThat(get("api/audit?format=xml").status()).isEqualTo(400);
        assertThat(get("api/audit?from=2026-12-01&until=2026-11-01").status()).as("from after until").isEqualTo(400);
    }

    @Test
    void the_portal_history_page_lists_the_changes_with_user_and_reason_escaped() {
        String script = "<script>alert('history')</script> Talks";
        String image = "<img src=x onerror=alert(1)> Talks";
        JsonObject created = archive(script);
        long id = created.getJsonNumber("id").longValue();
        assertThat(patch(id, "\"" + created.getJsonNumber("version").longValue() + "\"", null,
                "{\"title\":\"" + image + "\",\"reason\":\"<b>bold</b> reason\"}").status()).isEqualTo(200);

        Reply articlePage = get("article.xhtml?id=" + id);
        assertThat(Jsoup.parse(articlePage.body()).selectFirst("#history-link").attr("href"))
                .endsWith("history.xhtml?record=article&id=" + id);
        Reply page = get("history.xhtml?record=article&id=" + id);

        assertThat(page.status()).isEqualTo(200);
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
        Reply statementPage = get("history.xhtml?record=statement&id=" + statementId);
        assertThat(statementPage.status()).isEqualTo(200);
        assertThat(Jsoup.parse(statementPage.body()).select("li.revision")).hasSize(1);
        assertThat(get("history.xhtml?record=article&id=987654321").status()).isEqualTo(404);
    }

    @Test
    void a_statement_s_history_links_back_to_its_article_and_to_the_statement_in_it() {
        JsonObject created = archive("Statement history back links " + UUID.randomUUID().toString().substring(0, 8));
        long id = created.getJsonNumber("id").longValue();
        JsonObject statement = created.getJsonArray("statements").getJsonObject(0);

        Document page = Jsoup.parse(get("history.xhtml?record=statement&id=" + statement.getJsonNumber("id")).body());

        assertThat(page.selectFirst("#back-to-article").attr("href")).endsWith("/article.xhtml?id=" + id);
        assertThat(page.selectFirst("#back-to-statement").attr("href"))
                .endsWith("/article.xhtml?id=" + id + "&span=" + statement.getInt("start") + "-" + statement.getInt("end") + "#cited");
    }

    @Test
    void a_history_page_names_its_record_as_a_librarian_knows_it_with_its_id_beside_the_name() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        JsonObject created = archive("Grain corridor talks " + suffix);
        long id = created.getJsonNumber("id").longValue();
        JsonObject statement = created.getJsonArray("statements").getJsonObject(0);
        long statementId = statement.getJsonNumber("id").longValue();
        String speaker = statement.isNull("speakerActor") ? statement.getString("speaker") : statement.getString("speakerActor");
        Reply actor = api.postJson("api/actors", "{\"canonicalName\":\"Olena Marchuk " + suffix + "\"}");
        assertThat(actor.status()).as(actor.toString()).isEqualTo(201);
        long actorId = actor.json().getJsonNumber("id").longValue();

        Document article = Jsoup.parse(get("history.xhtml?record=article&id=" + id).body());
        Document said = Jsoup.parse(get("history.xhtml?record=statement&id=" + statementId).body());
        Document person = Jsoup.parse(get("history.xhtml?record=actor&id=" + actorId).body());

        assertThat(article.selectFirst("#history-title").text()).isEqualTo("History of article \u201cGrain corridor talks " + suffix + "\u201d");
        assertThat(article.title()).startsWith("History of article \u201cGrain corridor talks " + suffix + "\u201d");
        assertThat(article.selectFirst("#history-record").text()).isEqualTo("Article " + id);
        assertThat(said.selectFirst("#history-title").text())
                .isEqualTo("History of statement by " + speaker + ": \u201c" + statement.getString("content").strip() + "\u201d");
        assertThat(said.selectFirst("#history-record").text()).isEqualTo("Statement " + statementId);
        assertThat(person.selectFirst("#history-title").text()).isEqualTo("History of actor Olena Marchuk " + suffix);
        assertThat(person.selectFirst("#history-record").text()).isEqualTo("Actor " + actorId);
    }
}
