package org.dictum.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Faces portal: facet counts, filtering by following facet links, the article page, escaping. */
class SearchPageIT extends ClientSideIntegrationTest {

    private HttpApi api;

    @BeforeEach
    void storeSeed() {
        api = new HttpApi(baseUrl);
        assertThat(api.postJson("api/articles", Fixtures.seedJson()).status()).isIn(200, 201);
    }

    private Document page(String path) {
        Reply reply = api.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        return Jsoup.parse(reply.body(), api.resolve(path).toString());
    }

    private static String count(Document page, String facet, String value) {
        Element link = page.selectFirst("a[data-facet=" + facet + "][data-value=\"" + value + "\"]");
        assertThat(link).as("facet link %s=%s", facet, value).isNotNull();
        return link.selectFirst(".count").text();
    }

    @Test
    void search_page_shows_facet_counts_and_filters_when_a_facet_value_is_clicked() {
        Document start = page("?source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));
        assertThat(start.select("#result-summary").text()).startsWith("6 statements");
        assertThat(count(start, "speaker", "Senior official (United States)")).isEqualTo("6");
        assertThat(count(start, "actor", "Ukraine")).isEqualTo("3");

        String href = start.selectFirst("a[data-facet=actor][data-value=Ukraine]").attr("href");
        Document filtered = page(href);

        assertThat(filtered.select("#result-summary").text()).startsWith("3 statements");
        assertThat(filtered.select("li.hit")).hasSize(3);
        assertThat(filtered.select("#active-filters .chip").eachText())
                .anySatisfy(chip -> assertThat(chip).contains("Actor: Ukraine"));
        assertThat(filtered.select("li.hit .speaker").eachText()).containsOnly("Senior official (United States)");
        assertThat(filtered.select("li.hit .date").eachText()).containsOnly("2022-01-08");

        String removeHref = filtered.select("#active-filters a.chip").stream()
                .filter(chip -> chip.text().contains("Ukraine")).findFirst().orElseThrow().attr("href");
        assertThat(page(removeHref).select("#result-summary").text()).startsWith("6 statements");
    }

    @Test
    void every_control_has_a_label_the_count_is_announced_and_each_facet_is_a_named_list_saying_what_is_selected() {
        Document page = page("?actor=Ukraine&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));

        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = !page.select("label[for=" + control.id() + "]").isEmpty() || control.hasAttr("aria-label");
            assertThat(labelled).as("a label for %s", control).isTrue();
        }
        Element count = page.selectFirst("#result-count");
        assertThat(count.text()).isEqualTo("3 statements");
        assertThat(count.attr("aria-live")).isEqualTo("polite");
        assertThat(page.select("[aria-live] li.hit")).as("the hits themselves are not read out on every change").isEmpty();
        for (Element facet : page.select("section.facet")) {
            Element heading = page.getElementById(facet.attr("aria-labelledby"));
            assertThat(heading).as("the heading naming %s", facet.id()).isNotNull();
            assertThat(heading.tagName()).isEqualTo("h2");
            assertThat(facet.selectFirst("ul.facet-values").attr("aria-labelledby")).isEqualTo(heading.id());
            Element more = facet.selectFirst("button.facet-more");
            if (more != null) {
                assertThat(more.attr("aria-label")).isEqualTo("More values of " + heading.text());
            }
        }
        Element selected = page.selectFirst("a[data-facet=actor][data-value=Ukraine]");
        assertThat(selected.text()).as("the selection is said, not only shown").startsWith("selected: Ukraine");
        assertThat(page.selectFirst("a[data-facet=speaker]").text()).doesNotContain("selected");
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_what_to_try_instead_of_page_1_of_1() {
        String word = "nomatch" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String source = URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8);

        Document filtered = page("?q=" + word + "&source=" + source);
        Document words = page("?q=" + word);
        Document found = page("?source=" + source);

        assertThat(filtered.select("#no-hits").text())
                .isEqualTo("No statement matches this search. Remove a filter, or search for other words or dates.");
        assertThat(filtered.getElementById("page-position")).isNull();
        assertThat(words.select("#no-hits").text()).isEqualTo("No statement matches this search. Search for other words.");
        assertThat(found.getElementById("no-hits")).isNull();
        assertThat(found.getElementById("page-position")).isNotNull();
    }

    @Test
    void the_histogram_s_current_interval_is_said_to_screen_readers_not_only_shown_in_bold() {
        Document chosen = page("?source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8) + "&interval=week");
        Document automatic = page("?source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));

        assertThat(chosen.select(".intervals a[aria-current=true]").eachText()).containsExactly("week");
        assertThat(automatic.select(".intervals a[aria-current=true]").eachText()).containsExactly("auto");
        assertThat(automatic.select(".intervals a")).hasSize(5);
    }

    @Test
    void the_search_form_keeps_the_page_size_the_url_asked_for_as_the_page_s_links_do() {
        Document page = page("?size=2&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));

        assertThat(page.select("form#search input[type=hidden][name=size]").eachAttr("value")).containsExactly("2");
        assertThat(page.select("form#search input[type=hidden][name=source]").eachAttr("value"))
                .containsExactly(Fixtures.SEED_SOURCE);
    }

    @Test
    void pages_are_counted_in_the_page_size_the_url_asks_for() {
        String source = URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8);
        long total = api.get("api/search/statements?size=0&source=" + source).json().getJsonNumber("total").longValue();
        assertThat(total).as("the seed has statements for three pages of 2").isGreaterThan(4);

        Document first = page("?size=2&source=" + source);
        Document last = page("?size=2&page=" + ((total + 1) / 2) + "&source=" + source);

        assertThat(first.select("ol.hits li.hit")).hasSize(2);
        assertThat(first.select("#page-position").text()).isEqualTo("Page 1 of " + (total + 1) / 2);
        assertThat(first.select("a[rel=next]").attr("href")).contains("size=2").contains("page=2");
        assertThat(last.select("#page-error")).as("the last page is no page past the last").isEmpty();
        assertThat(last.select("a[rel=next]")).isEmpty();
    }

    @Test
    void a_filter_chip_is_named_after_the_filter_it_removes() {
        Document filtered = page("?actor=Ukraine&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));

        assertThat(filtered.select("#active-filters a.chip").eachAttr("aria-label"))
                .contains("Remove filter Actor: Ukraine", "Remove filter Source: " + Fixtures.SEED_SOURCE);
    }

    @Test
    void an_article_s_title_and_text_carry_its_language_and_take_their_direction_from_their_own_words() {
        String source = "Arabic wire " + System.nanoTime();
        Reply stored = api.postJson("api/articles", jakarta.json.Json.createObjectBuilder().add("source", source)
                .add("language", "ar").add("title", "محادثات السلام ستستأنف")
                .add("text", "قال الوزير إن المحادثات ستستأنف. Talks will resume, the Egyptian minister said on Tuesday.")
                .build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);

        Document article = page("article.xhtml?id=" + stored.json().getJsonNumber("id").longValue());
        Document search = page("?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));

        for (String shown : new String[] {"#article-title", "#main-text", ".statements blockquote"}) {
            assertThat(article.selectFirst(shown).attr("lang")).as(shown).isEqualTo("ar");
            assertThat(article.selectFirst(shown).attr("dir")).as(shown).isEqualTo("auto");
        }
        assertThat(search.select("li.hit blockquote.content, li.hit .kwic").eachAttr("dir")).isNotEmpty().containsOnly("auto");
    }

    @Test
    void result_links_to_the_article_page_with_statements_marked() {
        Document results = page("?q=progress&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));
        Element link = results.selectFirst("li.hit .source a");
        assertThat(link).isNotNull();

        Document article = page(link.attr("href"));
        assertThat(article.select("#article-title").text()).isEqualTo("US open to limiting military exercises, missiles with Russia");
        assertThat(article.select("#article-source").text()).isEqualTo(Fixtures.SEED_SOURCE);
        assertThat(article.select("#main-text mark.statement")).hasSize(6);
        assertThat(article.select("#main-text").text()).doesNotContain("Your support");
    }

    @Test
    void an_article_without_an_address_has_no_address_entry_and_one_with_an_address_links_to_it() {
        Reply stored = api.postJson("api/articles", jakarta.json.Json.createObjectBuilder().add("source", "No-address wire")
                .add("title", "Talks resume").add("text", "Talks will resume, the minister said on Tuesday.").build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        Document withoutAddress = page("article.xhtml?id=" + stored.json().getJsonNumber("id").longValue());

        assertThat(withoutAddress.select("dl.metadata dt").eachText()).contains("Source").doesNotContain("Address");
        assertThat(withoutAddress.select("#article-address")).isEmpty();

        Document results = page("?q=progress&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));
        Document withAddress = page(results.selectFirst("li.hit .source a").attr("href"));
        assertThat(withAddress.select("#article-address a").attr("href"))
                .isEqualTo("https://www.independent.co.uk/news/world/americas/us-russia-talks");
    }

    @Test
    void an_article_page_leaves_out_every_detail_the_article_does_not_have_rather_than_show_it_empty() {
        Reply stored = api.postJson("api/articles", jakarta.json.Json.createObjectBuilder()
                .add("text", "It will rain all week, she said.").build().toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);

        Document article = page("article.xhtml?id=" + stored.json().getJsonNumber("id").longValue());

        assertThat(article.select("dl.metadata dt").eachText()).doesNotContain("Source", "Published", "Address")
                .contains("Fixity", "Cite", "History");
        assertThat(article.select("dl.metadata > dd, dl.metadata > * > dd").eachText()).as("no empty entry").doesNotContain("");
    }

    @Test
    void each_row_of_the_attention_table_is_headed_by_its_query_so_that_a_count_is_read_with_its_query_and_interval() {
        Document attention = page("attention.xhtml?compare=talks&compare=missiles&interval=year");

        assertThat(attention.select("#attention-table tbody tr > th[scope=row]").eachText()).containsExactly("talks", "missiles");
        assertThat(attention.select("#attention-table thead th").eachAttr("scope")).isNotEmpty().containsOnly("col");
    }

    @Test
    void user_supplied_text_is_escaped_on_every_page() {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String json = "{\"title\":\"" + payload + "\",\"source\":\"XSS <b>wire</b>\",\"text\":\"The minister said "
                + payload.replace("'", "\\u0027") + " was fine.\",\"topics\":[\"<i>topic</i>\"]}";
        Reply stored = api.postJson("api/articles", json);
        assertThat(stored.status()).as(stored.toString()).isIn(200, 201);
        long id = stored.json().getJsonNumber("id").longValue();

        Reply search = api.get("?source=" + URLEncoder.encode("XSS <b>wire</b>", StandardCharsets.UTF_8)
                + "&q=" + URLEncoder.encode("<script>", StandardCharsets.UTF_8));
        Reply article = api.get("article.xhtml?id=" + id);
        for (Reply reply : new Reply[] {search, article}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("<script>alert", "<img src=x", "<b>wire</b>", "<i>topic</i>");
        }
        assertThat(article.body()).contains("&lt;script&gt;alert");
    }

    @Test
    void unknown_article_answers_404() {
        assertThat(api.get("article.xhtml?id=987654321").status()).isEqualTo(404);
        assertThat(api.get("article.xhtml?id=abc").status()).isEqualTo(404);
    }

    @Test
    void a_page_past_the_last_says_so_and_leads_back_to_the_last_page() {
        Document past = page("?page=50&source=" + URLEncoder.encode(Fixtures.SEED_SOURCE, StandardCharsets.UTF_8));

        assertThat(past.select("li.hit")).isEmpty();
        assertThat(past.select("#page-error").text()).isEqualTo("Page 50 is past the last page (1). Last page");
        assertThat(past.select("#page-position")).as("no 'Page 50 of 1'").isEmpty();
        String last = past.selectFirst("#page-error a").attr("href");
        assertThat(last).contains("page=1");
        assertThat(past.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo(last);
        assertThat(page(last).select("li.hit")).hasSize(6);
    }

    @Test
    void invalid_date_shows_an_error_and_keeps_the_query() {
        Document page = page("?q=talks&from=2022-99-01");
        assertThat(page.select("#search-error").text()).contains("from");
        assertThat(page.select("input#q").attr("value")).isEqualTo("talks");
    }
}
