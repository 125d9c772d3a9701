package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every user-supplied string is shown as text, never as markup: an article whose title, source,
 * text, actors and topics are script and markup payloads is archived, and every page that shows
 * them (search with hits, highlights, facets and chips; the article; attention over time; the
 * query syntax error; the 404 page; the login page's return address) must show each payload as
 * text and contain no element, attribute or script that a payload brought in.
 */
class XssIT extends ClientSideIntegrationTest {

    static final String TITLE = "<script>alert('xss-title')</script> Summit";
    static final String SOURCE = "\"><img src=x onerror=alert('xss-source')>";
    static final String ACTOR = "<svg/onload=alert('xss-actor')>";
    static final String TOPIC = "</title><script>alert('xss-topic')</script>";
    static final String QUOTE_MARKUP = "<b onmouseover=alert('xss-quote')>ceasefire</b>";
    static final String ATTRIBUTE_BREAK = "' onfocus='alert(\"xss-attr\")' autofocus='";
    static final String QUERY = "<script>alert('xss-query')</script>";
    static final String BROKEN_QUERY = "\"<img src=x onerror=alert('xss-error')>";
    static final String COMPARE = "<iframe src=javascript:alert('xss-compare')>";
    static final String CHIP = "<a href=javascript:alert('xss-chip')>chip</a>";
    static final String NEXT = "\"><script>alert('xss-next')</script>";
    static final List<String> PAYLOADS = List.of(TITLE, SOURCE, ACTOR, TOPIC, QUOTE_MARKUP, ATTRIBUTE_BREAK, QUERY,
            BROKEN_QUERY, COMPARE, CHIP, NEXT);

    private HttpApi api;
    private long articleId;
    private final Map<Document, String> sentHtml = new IdentityHashMap<>();

    @BeforeEach
    void archiveTheHostileArticle() {
        api = new HttpApi(baseUrl);
        String text = "“The " + QUOTE_MARKUP + " holds, and " + ATTRIBUTE_BREAK + " is a test,” the envoy said on Friday. "
                + "Officials of " + ACTOR + " said talks would resume in January.";
        Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", TITLE).add("source", SOURCE).add("publishedAt", "2021-03-05").add("text", text)
                .add("url", "https://example.org/xss")
                .add("actors", Json.createArrayBuilder().add(ACTOR))
                .add("topics", Json.createArrayBuilder().add(TOPIC))
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        articleId = reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void the_article_page_shows_title_source_text_actors_and_topics_as_text() {
        Document page = page("article.xhtml?id=" + articleId);

        assertShownAsText(page, TITLE, SOURCE, ACTOR, TOPIC, QUOTE_MARKUP, ATTRIBUTE_BREAK);
        assertThat(page.title()).startsWith(TITLE);
        assertThat(page.select("#statements blockquote, .statements blockquote").eachText())
                .anySatisfy(content -> assertThat(content).contains(QUOTE_MARKUP));
    }

    @Test
    void the_search_page_shows_hits_highlights_facets_and_chips_as_text() {
        Document hits = page("?q=" + encode("ceasefire OR talks") + "&source=" + encode(SOURCE));

        assertThat(hits.select("ol.hits mark").eachText()).as("highlights are real marks").contains("ceasefire");
        assertShownAsText(hits, TITLE, SOURCE, QUOTE_MARKUP, ATTRIBUTE_BREAK, TOPIC);
        assertThat(hits.select("a[data-facet=topic]").eachAttr("data-value")).contains(TOPIC);
        assertThat(hits.select("a[data-facet=source]").eachAttr("data-value")).contains(SOURCE);
        assertThat(hits.select("#active-filters .chip").eachText()).anySatisfy(chip -> assertThat(chip).contains(SOURCE));

        Document chips = page("?actor=" + encode(CHIP) + "&topic=" + encode(TOPIC));
        assertThat(chips.select("#active-filters .chip").eachText())
                .anySatisfy(chip -> assertThat(chip).contains(CHIP))
                .anySatisfy(chip -> assertThat(chip).contains(TOPIC));
        assertShownAsText(chips, CHIP, TOPIC);
    }

    @Test
    void a_hit_found_by_another_field_than_its_content_shows_the_content_as_text() {
        Document hits = page("?q=" + encode("cue:said") + "&source=" + encode(SOURCE));

        assertThat(hits.select("ol.hits > li")).as("hits found by their cue").isNotEmpty();
        assertThat(hits.select("ol.hits mark")).as("nothing in the content to mark").isEmpty();
        assertShownAsText(hits, QUOTE_MARKUP, ATTRIBUTE_BREAK);
    }

    @Test
    void the_query_is_echoed_as_a_value_and_its_syntax_error_as_text() {
        Document echo = page("?q=" + encode(QUERY));
        assertThat(echo.getElementById("q").val()).isEqualTo(QUERY);
        assertShownAsText(echo);

        Document error = page("?q=" + encode(BROKEN_QUERY));
        assertThat(error.getElementById("search-error")).isNotNull();
        assertThat(error.getElementById("q").val()).isEqualTo(BROKEN_QUERY);
        assertShownAsText(error);
    }

    @Test
    void the_attention_page_shows_compared_queries_as_text() {
        Document attention = page("attention.xhtml?compare=" + encode(COMPARE) + "&compare=" + encode(ACTOR));

        assertThat(attention.select("input[name=compare]").eachAttr("value")).contains(COMPARE, ACTOR);
        assertShownAsText(attention, COMPARE, ACTOR);
    }

    @Test
    void error_and_login_pages_echo_nothing_as_markup() {
        Reply missing = api.get("article.xhtml?id=" + encode(QUERY));
        assertThat(missing.status()).isEqualTo(404);
        assertNoInjectedMarkup(Jsoup.parse(missing.body(), api.resolve("article.xhtml").toString()), missing.body());

        Document login = page("login.xhtml?next=" + encode(NEXT));
        assertThat(login.select("input[type=hidden][name$=next]").val()).isEqualTo(NEXT);
        assertShownAsText(login);
    }

    @Test
    void an_original_html_document_is_served_sandboxed_and_a_javascript_url_is_refused() {
        Reply stored = api.postJson("api/articles", Json.createObjectBuilder()
                .add("html", "<html><body><script>alert('xss-original')</script><p>The minister said it.</p></body></html>")
                .build().toString());
        assertThat(stored.status()).isIn(200, 201);

        Reply original = api.get("api/articles/" + stored.json().getJsonNumber("id") + "/original");

        assertThat(original.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));
        assertThat(original.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.postJson("api/articles", "{\"text\":\"Said.\",\"url\":\"javascript:alert(1)\"}").status()).isEqualTo(400);
    }

    /** The page at this path (200); its HTML as sent is kept for {@link #assertShownAsText}. */
    private Document page(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Document page = Jsoup.parse(reply.body(), api.resolve(path).toString());
        sentHtml.put(page, reply.body());
        return page;
    }

    /** Each payload is on the page as text, and the page has no markup that any payload brought in. */
    private void assertShownAsText(Document page, String... shown) {
        SoftAssertions soft = new SoftAssertions();
        String text = page.text() + " " + page.title();
        for (String payload : shown) {
            soft.assertThat(text).as("shown as text on %s", page.location()).contains(payload);
        }
        soft.assertAll();
        assertNoInjectedMarkup(page, sentHtml.get(page));
    }

    /**
     * No script, event handler, javascript: URL or element that a payload carries; and no payload
     * with markup in it verbatim in the HTML as sent (it must arrive escaped).
     */
    private static void assertNoInjectedMarkup(Document page, String html) {
        SoftAssertions soft = new SoftAssertions();
        for (Element element : page.getAllElements()) {
            if (element.tagName().equals("script")) {
                soft.assertThat(element.data()).as("script on %s", page.location()).doesNotContain("xss-");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase();
                soft.assertThat(name.startsWith("on") && attribute.getValue().contains("xss-"))
                        .as("event handler %s=%s on <%s> of %s", name, attribute.getValue(), element.tagName(), page.location())
                        .isFalse();
                soft.assertThat(attribute.getValue().strip().toLowerCase().startsWith("javascript:"))
                        .as("javascript: URL in %s of <%s> on %s", name, element.tagName(), page.location()).isFalse();
                soft.assertThat(name).as("attribute brought in by a payload on %s", page.location())
                        .isNotIn("onerror", "onload", "onfocus", "onmouseover");
            }
            soft.assertThat(element.tagName()).as("element brought in by a payload on %s", page.location()).isNotIn("iframe", "img");
        }
        for (String payload : PAYLOADS) {
            if (payload.contains("<")) {
                soft.assertThat(html).as("raw payload in the HTML of %s", page.location()).doesNotContain(payload);
            }
        }
        soft.assertAll();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
