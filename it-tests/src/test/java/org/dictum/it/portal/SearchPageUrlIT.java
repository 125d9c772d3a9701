package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.MarkerWords;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The search page reads its URL as the API does (one reading, {@code SearchQueryString}): what it
 * shows, saves, exports and links to is the same search; filters survive errors and name changes;
 * forms that fail validation re-render the page with their messages; the frozen-search page reads
 * its page number without hiding the search.
 */
class SearchPageUrlIT extends ClientSideIntegrationTest {

    @Test
    void tracking_parameters_are_ignored_and_save_this_search_saves_exactly_the_search_shown() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zu" + MarkerWords.letters(10);
        archive(admin, word, 1, null);
        archive(admin, word, 2, null);
        PortalClient browser = loggedInResearcher(admin, "url-saver");

        Page tracked = browser.open("?q=" + word + "&utm_source=newsletter&utm_medium=email");
        assertThat(tracked.document().select("#search-error")).isEmpty();
        assertThat(tracked.document().select("li.hit")).hasSize(2);
        assertThat(tracked.document().selectFirst("a.api-link").attr("href")).doesNotContain("utm_");
        Page mine = browser.submit(tracked, "save-search", Map.of("save-search:name", "with utm " + word), "save-search:save");
        Element row = mine.document().select("#searches\\:list tbody tr").stream()
                .filter(r -> r.text().contains("with utm " + word)).findFirst().orElseThrow();
        assertThat(row.text()).contains("q=" + word + "&sort=relevance");

        Page twice = browser.open("?q=" + word + "&q=oil");
        assertThat(twice.textOf("search-error")).contains("'q' is given 2 times; give it once");
        Page refused = browser.submit(twice, "save-search", Map.of("save-search:name", "twice " + word), "save-search:save");
        assertThat(refused.uri().getPath()).doesNotEndWith("/account/searches.xhtml");
        assertThat(refused.textOf("messages")).contains("Not saved: 'q' is given 2 times; give it once");
        assertThat(browser.open("account/searches.xhtml").body()).doesNotContain("twice " + word);

        assertThat(browser.open("?q=" + word + "&distinct=1").textOf("search-error"))
                .contains("distinct must be true or false, was '1'");
        HttpApi.Reply api = admin.get("api/search/statements?q=" + word + "&q=oil");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("'q' is given 2 times; give it once");
        assertThat(admin.get("api/search/statements?q=" + word + "&colour=red").status()).isEqualTo(400);
        assertThat(admin.get("api/search/statements?q=" + word + "&utm_source=x").status()).isEqualTo(200);
    }

    @Test
    void distinct_reads_the_same_on_the_page_and_in_the_api_and_the_search_form_keeps_it() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zd" + MarkerWords.letters(10);
        archive(admin, word, 1, null);
        Page page = new PortalClient(baseUrl).open("?q=" + word + "&distinct=TRUE");
        assertThat(page.document().select("#search-error")).isEmpty();
        assertThat(page.textOf("distinct-toggle")).isEqualTo("Show every copy of a story");
        assertThat(page.document().select("#search input[type=hidden][name=distinct]").eachAttr("value")).containsExactly("true");
        assertThat(new PortalClient(baseUrl).open("?q=" + word + "&distinct=yes").textOf("search-error"))
                .contains("distinct must be true or false, was 'yes'");
        assertThat(admin.get("api/search/statements?q=" + word + "&distinct=yes").status()).isEqualTo(400);
    }

    @Test
    void a_form_that_fails_validation_re_renders_the_search_with_the_message_next_to_the_field() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zv" + MarkerWords.letters(10);
        archive(admin, word, 1, null);
        PortalClient browser = loggedInResearcher(admin, "url-validator");

        Page search = browser.open("?q=" + word + "&page=1");
        Page failed = browser.submit(search, "save-search", Map.of("save-search:name", ""), "save-search:save");

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.document().select("li.hit")).hasSize(1);
        assertThat(failed.document().getElementById("q").val()).isEqualTo(word);
        assertThat(failed.textOf("save-search:name-message")).isEqualTo("Name the search to save it");
        Element name = failed.document().getElementById("save-search:name");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).isEqualTo("save-search:name-message");

        Page saved = browser.submit(failed, "save-search", Map.of("save-search:name", "after a failure " + word), "save-search:save");
        assertThat(saved.body()).contains("q=" + word + "&amp;sort=relevance");

        PortalClient visitor = new PortalClient(baseUrl);
        Page login = visitor.open("login.xhtml");
        Page emptyLogin = visitor.submit(login, "login", Map.of("login:name", "", "login:password", ""), "login:submit");
        assertThat(emptyLogin.textOf("login:name-message")).isEqualTo("Enter your user name");
        assertThat(emptyLogin.textOf("login:password-message")).isEqualTo("Enter your password");
        assertThat(emptyLogin.document().getElementById("login:password").attr("aria-describedby")).isEqualTo("login:password-message");
    }

    @Test
    void a_filter_written_otherwise_than_its_value_is_removed_as_written() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zt" + MarkerWords.letters(10);
        archive(admin, word, 1, "Arms control");

        Page page = new PortalClient(baseUrl).open("?q=" + word + "&topic=arms+control");
        assertThat(page.document().select("li.hit")).hasSize(1);
        Element chip = page.document().select("#active-filters a.chip").stream()
                .filter(c -> c.text().contains("Topic: Arms control")).findFirst().orElseThrow();
        assertThat(chip.attr("href")).isEqualTo("/?q=" + word);
        Element selected = page.document().selectFirst("li.selected a[data-facet=topic]");
        assertThat(selected.attr("data-value")).isEqualTo("Arms control");
        assertThat(selected.attr("href")).isEqualTo("/?q=" + word);
    }

    @Test
    void a_query_syntax_error_keeps_the_filters_of_the_url() {
        Page page = new PortalClient(baseUrl).open("?q=%22bad&actor=Analysts&distinct=true");
        assertThat(page.document().select("#search-error")).isNotEmpty();
        assertThat(page.document().select("#active-filters a.chip").eachText()).anySatisfy(t -> assertThat(t).contains("Actor: Analysts"));
        assertThat(page.document().select("#search input[type=hidden][name=actor]").eachAttr("value")).containsExactly("Analysts");
        assertThat(page.document().select("#search input[type=hidden][name=distinct]").eachAttr("value")).containsExactly("true");
    }

    @Test
    void the_search_page_has_one_heading_a_truthful_sort_box_and_a_login_link_that_comes_back() {
        Page page = new PortalClient(baseUrl).open("?page=99999999999");
        assertThat(page.document().select("h1")).hasSize(1);
        assertThat(page.textOf("search-error")).contains("page is too large: at most 2147483647");
        Page everything = new PortalClient(baseUrl).open("");
        assertThat(everything.document().select("#sort option[selected]").eachAttr("value")).containsExactly("newest");
        Page search = new PortalClient(baseUrl).open("?q=talks&actor=Ukraine");
        assertThat(search.document().getElementById("login-link").attr("href")).contains("next=").contains("actor%3DUkraine");
        assertThat(search.document().getElementById("export-login").attr("href")).contains("next=").contains("q%3Dtalks");
    }

    @Test
    void the_frozen_search_page_reads_a_malformed_page_without_hiding_the_search() {
        HttpApi admin = new HttpApi(baseUrl);
        String word = "zf" + MarkerWords.letters(10);
        archive(admin, word, 1, null);
        HttpApi.Reply created = admin.postJson("api/saved-searches", Json.createObjectBuilder()
                .add("name", "frozen " + word).add("query", "q=" + word).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject frozen = admin.postJson("api/saved-searches/" + created.json().getJsonNumber("id") + "/freeze", "{}").json();
        String permalink = "saved/" + frozen.getString("publicId");

        Page letters = new PortalClient(baseUrl).open(permalink + "?page=abc");
        assertThat(letters.status()).isEqualTo(200);
        assertThat(letters.textOf("frozen-name")).isEqualTo("frozen " + word);
        assertThat(letters.textOf("page-error")).contains("page must be a whole number, was 'abc'");

        Page huge = new PortalClient(baseUrl).open(permalink + "?page=99999999999");
        assertThat(huge.textOf("frozen-name")).isEqualTo("frozen " + word);
        assertThat(huge.textOf("page-error")).contains("page is too large");

        Page past = new PortalClient(baseUrl).open(permalink + "?page=999");
        assertThat(past.textOf("page-error")).contains("Page 999 is past the last page (1)");
        assertThat(past.document().select("#page-error a").attr("href")).endsWith("page=1");
        assertThat(past.document().select("a[rel=prev]").attr("href")).endsWith("page=1");
    }

    private PortalClient loggedInResearcher(HttpApi admin, String name) {
        String researcher = ItAccounts.createUser(admin, name, "researcher");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(researcher, ItAccounts.PASSWORD);
        return browser;
    }

    private static void archive(HttpApi admin, String word, int n, String topic) {
        var article = Json.createObjectBuilder()
                .add("title", "Portal URL search " + word + " " + n)
                .add("text", "Talks about " + word + " will resume next week, the minister said on Saturday. Item " + n + ".");
        if (topic != null) {
            article.add("topics", Json.createArrayBuilder().add(topic));
        }
        HttpApi.Reply reply = admin.postJson("api/articles", article.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
