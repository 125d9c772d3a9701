package org.dictum.it.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.dictum.it.support.ReindexRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mass reindex: while it rewrites the index, searches keep answering with exact totals; after
 * it, the index holds exactly the database's records; one run at a time (409); cancelling stops it
 * and leaves search whole; administrators only. The IT server reindexes 5 records per batch
 * (arquillian.xml), so that a run lasts long enough to be watched on a small archive.
 */
class ReindexIT extends ClientSideIntegrationTest {

    private static final int ARTICLES = 30;

    private HttpApi admin;
    /** A word only this test's articles contain, so that its totals are exact on a shared archive. */
    private String marker;

    @BeforeEach
    void archive() {
        admin = new HttpApi(baseUrl);
        marker = "reindexmark" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        for (int i = 0; i < ARTICLES; i++) {
            Reply reply = admin.postJson("api/articles", Json.createObjectBuilder()
                    .add("title", "Reindex " + i)
                    .add("text", "\"The " + marker + " plan number " + i + " will work,\" the minister said on Monday. "
                            + "Officials said the " + marker + " talks would go on. Cell " + UUID.randomUUID() + ".")
                    .build().toString());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        ReindexRuns.awaitIdle(admin);
    }

    private long statementTotal() {
        Reply reply = admin.get("api/search/statements?size=0&q=" + marker);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    private long articleTotal() {
        Reply reply = admin.get("api/search/articles?size=0&q=" + marker);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    @Test
    void the_search_index_page_answers_a_start_with_a_redirect_so_that_reloading_it_starts_no_second_run() {
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page page = administrator.open("admin/index.xhtml");
        long before = ReindexRuns.status(admin).getJsonNumber("id").longValue();

        Page answer = administrator.answer(page, "start", Map.of("start:statements", "on"), Set.of("start:articles"), "start:submit");

        assertThat(answer.status()).as(answer.body()).isIn(302, 303);
        assertThat(answer.location()).endsWith("/admin/index.xhtml");
        Page shown = administrator.open(answer.location());
        assertThat(shown.document().select("#messages .info").text()).contains("Reindex started");
        assertThat(ReindexRuns.awaitIdle(admin).getJsonNumber("id").longValue()).isEqualTo(before + 1);
    }

    @Test
    void the_search_index_page_announces_a_run_s_progress_and_end_in_a_polite_live_region() {
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page page = administrator.open("admin/index.xhtml");
        administrator.answer(page, "start", Map.of("start:statements", "on"), Set.of("start:articles"), "start:submit");
        long run = ReindexRuns.awaitIdle(admin).getJsonNumber("id").longValue();

        org.jsoup.nodes.Document ended = administrator.open("admin/index.xhtml").document();

        org.jsoup.nodes.Element announcer = ended.getElementById("progress-announcer");
        assertThat(announcer).as("a live region on the page").isNotNull();
        assertThat(announcer.attr("role")).isEqualTo("status");
        assertThat(announcer.attr("aria-live")).isEqualTo("polite");
        assertThat(announcer.getElementById("progress:status")).as("the refreshed figures are not read out whole").isNull();
        assertThat(announcer.text()).startsWith("Reindex run " + run + " succeeded: ").endsWith(" documents rewritten.");
        assertThat(ended.getElementById("progress:refresh").attr("onclick"))
                .as("each refresh renders the live region").contains("progress:announcement");
    }

    @Test
    void searches_answer_with_exact_totals_during_a_run_and_the_index_matches_the_database_after_it() {
        long statements = statementTotal();
        long articles = articleTotal();
        assertThat(statements).isGreaterThanOrEqualTo(2L * ARTICLES);
        assertThat(articles).isEqualTo(ARTICLES);

        Reply started = admin.postEmpty("api/admin/reindex");
        assertThat(started.status()).as("no body means every type, as {} does: %s", started).isEqualTo(202);
        assertThat(started.location()).endsWith("/api/admin/reindex");
        JsonObject run = started.json();
        assertThat(run.getString("state")).isEqualTo("running");
        assertThat(run.getJsonArray("types").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("articles", "statements");
        long id = run.getJsonNumber("id").longValue();

        int answeredDuringTheRun = 0;
        JsonObject status = ReindexRuns.status(admin);
        while (ReindexRuns.running(status)) {
            long duringStatements = statementTotal();
            long duringArticles = articleTotal();
            JsonObject after = ReindexRuns.status(admin);
            if (ReindexRuns.running(after) && after.getJsonNumber("id").longValue() == id) {
                assertThat(duringStatements).as("statements found while reindexing").isEqualTo(statements);
                assertThat(duringArticles).as("articles found while reindexing").isEqualTo(articles);
                answeredDuringTheRun++;
            }
            status = after;
        }
        assertThat(answeredDuringTheRun).as("searches answered while the run was going").isPositive();

        JsonObject done = ReindexRuns.status(admin);
        assertThat(done.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.getString("phase")).isEqualTo("done");
        assertThat(done.getString("startedBy")).isEqualTo(ItAccounts.ADMIN);
        assertThat(done.containsKey("endedAt")).isTrue();
        assertThat(done.getJsonNumber("documentsIndexed").longValue()).isEqualTo(done.getJsonNumber("documentsTotal").longValue())
                .isGreaterThanOrEqualTo(ARTICLES + statements);
        assertThat(done.getJsonNumber("percent").doubleValue()).isEqualTo(100.0);
        assertThat(done.getJsonNumber("documentsPerSecond").doubleValue()).isPositive();
        assertThat(done.getJsonArray("targets")).hasSize(2).allSatisfy(target -> {
            JsonObject type = target.asJsonObject();
            assertThat(type.getBoolean("completed")).isTrue();
            assertThat(type.getJsonNumber("indexed").longValue()).isEqualTo(type.getJsonNumber("total").longValue());
            assertThat(type.getJsonNumber("staleRemoved").longValue()).isZero();
        });
        JsonObject counts = done.getJsonObject("counts");
        assertThat(counts.getJsonNumber("articlesIndexed").longValue())
                .isEqualTo(counts.getJsonNumber("articlesInDatabase").longValue());
        assertThat(counts.getJsonNumber("statementsIndexed").longValue())
                .isEqualTo(counts.getJsonNumber("statementsInDatabase").longValue());
        assertThat(done.getJsonObject("heap").getJsonNumber("usedBytes").longValue()).isPositive();
        assertThat(done.getJsonObject("heap").getJsonNumber("maxBytes").longValue()).isPositive();

        assertThat(statementTotal()).as("no document lost or doubled").isEqualTo(statements);
        assertThat(articleTotal()).isEqualTo(articles);
    }

    @Test
    void a_second_start_while_one_runs_is_refused_and_cancelling_stops_the_run_leaving_search_whole() {
        long statements = statementTotal();

        Reply first = admin.postJson("api/admin/reindex", "{\"types\":[\"statements\"]}");
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        Reply second = admin.postJson("api/admin/reindex", "{}");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(second.json().getString("detail")).contains("still running");

        Reply cancel = admin.delete("api/admin/reindex");
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        assertThat(cancel.json().getBoolean("cancelRequested")).isTrue();
        JsonObject ended = ReindexRuns.awaitIdle(admin);
        assertThat(ended.getString("state")).as(ended.toString()).isEqualTo("cancelled");
        assertThat(ended.getJsonNumber("documentsIndexed").longValue())
                .isLessThan(ended.getJsonNumber("documentsTotal").longValue());
        assertThat(statementTotal()).as("a cancelled run leaves every document in place").isEqualTo(statements);

        Reply idleCancel = admin.delete("api/admin/reindex");
        assertThat(idleCancel.status()).isEqualTo(200);
        assertThat(idleCancel.json().getString("state")).as("nothing running: the last run, unchanged").isEqualTo("cancelled");

        Reply again = admin.postJson("api/admin/reindex", "{\"types\":[\"articles\"]}");
        assertThat(again.status()).as("a new run after the cancelled one: " + again).isEqualTo(202);
        assertThat(ReindexRuns.awaitIdle(admin).getString("state")).isEqualTo("succeeded");
    }

    @Test
    void story_grouping_alone_finds_nothing_to_do_in_an_archive_grouped_at_ingestion() {
        Reply started = admin.postJson("api/admin/reindex", "{\"types\":[],\"regroupStories\":true}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().getBoolean("regroupStories")).isTrue();

        JsonObject done = ReindexRuns.awaitIdle(admin);
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.getJsonArray("types")).isEmpty();
        JsonObject stories = done.getJsonObject("stories");
        assertThat(stories.getJsonNumber("total").longValue()).isZero();
        assertThat(stories.getJsonNumber("grouped").longValue()).isZero();
        assertThat(stories.getBoolean("completed")).isTrue();
    }

    @Test
    void bad_requests_are_refused_naming_the_field() {
        Reply unknown = admin.postJson("api/admin/reindex", "{\"types\":[\"articles\",\"actors\"]}");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(unknown.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("types");

        Reply nothing = admin.postJson("api/admin/reindex", "{\"types\":[],\"regroupStories\":false}");
        assertThat(nothing.status()).as(nothing.toString()).isEqualTo(400);
        assertThat(nothing.json().getString("detail")).contains("Nothing to do");
        assertThat(ReindexRuns.running(ReindexRuns.status(admin))).as("nothing was started").isFalse();
    }

    @Test
    void only_administrators_may_reindex_or_see_the_progress() {
        String librarian = ItAccounts.createUser(admin, "reindex-librarian", "librarian");
        HttpApi asLibrarian = HttpApi.withToken(baseUrl, admin.issueToken(librarian, ItAccounts.PASSWORD, "reindex", "read", "write"));

        for (Reply refused : new Reply[] {asLibrarian.postJson("api/admin/reindex", "{}"), asLibrarian.get("api/admin/reindex"),
                asLibrarian.delete("api/admin/reindex")}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        }
        Reply anonymous = HttpApi.anonymous(baseUrl).postJson("api/admin/reindex", "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(ReindexRuns.running(ReindexRuns.status(admin))).as("nothing was started").isFalse();
    }
}
