package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.dictum.it.support.MarkerWords;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The portal's saved searches: "Save this search" on the search page, "My searches" with freezing,
 * the public permalink page of a frozen search with its citation; and the API page (Swagger UI from
 * the WAR, no CDN).
 */
class SavedSearchPagesIT extends ClientSideIntegrationTest {

    private static final String SCRIPT = "<script>alert('saved')</script>";

    @Test
    void a_researcher_saves_the_shown_search_freezes_it_and_anyone_opens_its_permalink() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zp" + MarkerWords.letters(10);
        archive(admin, word, 1);
        archive(admin, word, 2);
        PortalClient browser = loggedInResearcher("portal-saver");

        Page search = browser.open("?q=" + word + "&page=1");
        Page mine = browser.submit(search, "save-search", Map.of("save-search:name", SCRIPT + " " + word), "save-search:save");

        assertThat(mine.uri().getPath()).endsWith("/account/searches.xhtml");
        assertThat(mine.body()).doesNotContain(SCRIPT);
        Element row = mine.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.text().contains(word)).findFirst().orElseThrow();
        assertThat(row.selectFirst("a.run").text()).isEqualTo(SCRIPT + " " + word);
        assertThat(row.selectFirst("a.run").attr("href")).endsWith("/?q=" + word + "&sort=relevance");
        assertThat(row.text()).contains("q=" + word + "&sort=relevance");

        Page frozen = browser.submit(mine, "searches", Map.of(), row.selectFirst("input[id$=freeze]").attr("name"));
        Element frozenRow = frozen.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.text().contains(word)).findFirst().orElseThrow();
        assertThat(frozenRow.selectFirst("input[id$=delete]")).as("a frozen search cannot be deleted").isNull();
        String permalink = frozenRow.selectFirst("a.permalink").attr("href");
        assertThat(permalink).matches(".*/saved/[0-9a-f-]{36}");
        assertThat(frozenRow.selectFirst("a.permalink").attr("aria-label")).isEqualTo("Permalink of saved search '" + SCRIPT + " " + word + "'");
        assertThat(frozenRow.selectFirst(".citation").text()).contains(permalink, "2 of 2 results recorded");

        archive(admin, word, 3);
        Page page = new PortalClient(baseUrl).open(permalink);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("frozen-name")).isEqualTo(SCRIPT + " " + word);
        assertThat(page.body()).doesNotContain(SCRIPT);
        assertThat(page.textOf("citation")).contains(permalink);
        assertThat(page.document().select(".frozen-result")).hasSize(2);
        assertThat(page.document().select(".frozen-result").eachAttr("data-status")).containsOnly("available");
        assertThat(page.document().select("nav")).as("no empty, unnamed pager landmark on a one-page list")
                .allSatisfy(nav -> assertThat(nav.hasAttr("aria-label") || nav.parents().is("header")).isTrue())
                .noneSatisfy(nav -> assertThat(nav.hasClass("pager")).isTrue());

        assertThat(new PortalClient(baseUrl).open("saved/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void a_saved_search_deleted_or_never_saved_is_not_found_with_a_message_and_404() {
        String word = "zd" + MarkerWords.letters(10);
        PortalClient browser = loggedInResearcher("portal-deleter");
        Page mine = browser.submit(browser.open("?q=" + word), "save-search", Map.of("save-search:name", "to delete " + word),
                "save-search:save");
        Page otherTab = browser.open("account/searches.xhtml");
        Element row = mine.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.text().contains(word)).findFirst().orElseThrow();
        String id = row.selectFirst("input[id$=delete]").attr("name");

        Page deleted = browser.submit(mine, "searches", Map.of(), id);
        assertThat(deleted.textOf("messages")).as("named as listed: the page shows no ids").isEqualTo("Deleted \"to delete " + word + "\".");
        Element staleRow = otherTab.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.text().contains(word)).findFirst().orElseThrow();
        Page stale = browser.submit(otherTab, "searches", Map.of(), staleRow.selectFirst("input[id$=freeze]").attr("name"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.textOf("messages")).matches("Saved search \\d+ does not exist");
        String deletedId = stale.textOf("messages").replaceAll("\\D", "");
        for (String path : List.of("saved.xhtml?id=" + deletedId, "saved/" + deletedId, "saved/" + UUID.randomUUID(), "saved.xhtml")) {
            Page gone = new PortalClient(baseUrl).get(path);
            assertThat(gone.status()).as(path).isEqualTo(404);
            assertThat(gone.document().select("h1").text()).as(path).isEqualTo("No such frozen search");
        }
    }

    @Test
    void freeze_and_delete_act_on_the_search_shown_in_their_row_when_a_search_was_saved_meanwhile_in_another_tab() {
        String word = "zs" + MarkerWords.letters(10);
        PortalClient browser = loggedInResearcher("portal-shifted");
        save(browser, word, "to freeze");
        save(browser, word, "to delete");
        Page mine = browser.open("account/searches.xhtml");
        String freeze = rowOf(mine, "to freeze " + word).selectFirst("input[id$=freeze]").attr("name");
        save(browser, word, "saved meanwhile"); // listed first, newest first: the rows of the page above shift down
        Page frozen = browser.submit(mine, "searches", Map.of(), freeze);
        Page again = browser.open("account/searches.xhtml");
        String delete = rowOf(again, "to delete " + word).selectFirst("input[id$=delete]").attr("name");
        save(browser, word, "saved meanwhile too");

        Page deleted = browser.submit(again, "searches", Map.of(), delete);

        assertThat(frozen.textOf("messages")).startsWith("Frozen \"to freeze " + word + "\"");
        assertThat(deleted.textOf("messages")).isEqualTo("Deleted \"to delete " + word + "\".");
        assertThat(deleted.document().select("#searches\\:list a.run").eachText())
                .containsExactly("saved meanwhile too " + word, "saved meanwhile " + word, "to freeze " + word);
    }

    @Test
    void a_page_older_than_the_list_freezes_and_deletes_nothing_rather_than_the_search_now_in_the_clicked_row() {
        String word = "zo" + MarkerWords.letters(10);
        PortalClient browser = loggedInResearcher("portal-stale");
        save(browser, word, "oldest");
        save(browser, word, "middle");
        save(browser, word, "newest");
        Page mine = browser.open("account/searches.xhtml");
        Page deleted = browser.submit(mine, "searches", Map.of(), rowOf(mine, "newest " + word).selectFirst("input[id$=delete]").attr("name"));
        assertThat(deleted.textOf("messages")).isEqualTo("Deleted \"newest " + word + "\".");

        // Back to the page as it was (or a second click before the first one's answer): its rows are one place off now.
        Page freeze = browser.submit(mine, "searches", Map.of(), rowOf(mine, "middle " + word).selectFirst("input[id$=freeze]").attr("name"));
        Page delete = browser.submit(mine, "searches", Map.of(), rowOf(mine, "middle " + word).selectFirst("input[id$=delete]").attr("name"));

        assertThat(freeze.status()).isEqualTo(200);
        assertThat(freeze.textOf("messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(delete.textOf("messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(delete.document().select("#searches\\:list a.run").eachText()).containsExactly("middle " + word, "oldest " + word);
        assertThat(delete.document().select("#searches\\:list input[id$=freeze]")).as("neither search was frozen").hasSize(2);
    }

    @Test
    void a_row_s_button_posted_without_the_search_it_was_shown_for_does_nothing() {
        String word = "zn" + MarkerWords.letters(10);
        PortalClient browser = loggedInResearcher("portal-unnamed");
        save(browser, word, "kept");
        Page mine = browser.open("account/searches.xhtml");
        String delete = rowOf(mine, "kept " + word).selectFirst("input[id$=delete]").attr("name");

        Page refused = browser.submit(mine, "searches", Map.of(), Set.of(delete + ":record"), delete);

        assertThat(refused.textOf("messages")).startsWith("The list changed since this page was shown, so nothing was done");
        assertThat(refused.document().select("#searches\\:list a.run").eachText()).containsExactly("kept " + word);
    }

    private static Page save(PortalClient browser, String word, String name) {
        return browser.submit(browser.open("?q=" + word), "save-search", Map.of("save-search:name", name + " " + word), "save-search:save");
    }

    private static Element rowOf(Page page, String name) {
        return page.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.selectFirst("a.run").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anonymous_visitors_get_no_save_form() {
        Page search = new PortalClient(baseUrl).open("?q=talks");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.document().getElementById("save-search")).isNull();
        assertThat(new PortalClient(baseUrl).get("account/searches.xhtml").location()).contains("login.xhtml");
    }

    @Test
    void the_api_page_shows_the_openapi_document_with_swagger_ui_served_by_the_portal() {
        PortalClient browser = new PortalClient(baseUrl);
        Page api = browser.open("api.xhtml");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.document().getElementById("swagger-ui").attr("data-spec")).endsWith("/openapi?format=JSON");
        String bundle = api.document().select("script[src*=swagger-ui-bundle]").attr("src");
        String css = api.document().select("link[href*=swagger-ui.css]").attr("href");
        assertThat(bundle).startsWith("/webjars/swagger-ui/");
        assertThat(browser.get(bundle).status()).isEqualTo(200);
        assertThat(browser.get(bundle).body()).contains("SwaggerUIBundle");
        assertThat(browser.get(css).status()).isEqualTo(200);
        assertThat(api.body()).doesNotContain("unpkg.com", "cdn.jsdelivr", "cdnjs");
        assertThat(browser.open("").document().getElementById("api-link").attr("href")).endsWith("/api.xhtml");
    }

    private static void archive(HttpApi admin, String word, int n) {
        HttpApi.Reply reply = admin.postJson("api/articles", Json.createObjectBuilder()
                .add("title", "Portal saved search " + word + " " + n)
                .add("text", "Talks about " + word + " will resume next week, the minister said on Saturday. Item " + n + ".")
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** A portal visitor logged in as a new researcher whose name starts with {@code prefix}. */
    private PortalClient loggedInResearcher(String prefix) {
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(ItAccounts.createUser(new HttpApi(baseUrl), prefix, "researcher"), ItAccounts.PASSWORD);
        return browser;
    }
}
