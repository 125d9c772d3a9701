package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query language, highlighting, keyword in context, histograms, facet value search and attention. */
class SearchFeaturesIT extends ClientSideIntegrationTest {

    private static final String SEED = "source=" + enc(Fixtures.SEED_SOURCE);

    private HttpApi api;

    @BeforeEach
    void storeSeed() {
        api = new HttpApi(baseUrl);
        assertThat(api.postJson("api/articles", Fixtures.seedJson()).status()).isIn(200, 201);
    }

    @Test
    void phrases_fields_prefixes_and_boolean_operators_select_statements() {
        assertThat(total("q=" + enc("\"no firm commitments\""))).isEqualTo(1);
        assertThat(total("q=" + enc("\"firm no commitments\""))).isZero();
        assertThat(total("q=" + enc("cue:added"))).isEqualTo(1);
        assertThat(total("q=" + enc("speaker:biden"))).isEqualTo(1);
        assertThat(total("q=" + enc("speaker:official"))).isEqualTo(6);
        assertThat(total("q=" + enc("commit*"))).isEqualTo(1);
        assertThat(total("q=" + enc("missiles -Ukraine"))).isZero();
        assertThat(total("q=" + enc("(progress OR commitments) NOT cue:added"))).isEqualTo(1);
        assertThat(total("q=" + enc("actor:nato AND Russia"))).isEqualTo(3);
    }

    /**
     * The total, facets and histograms come from a native Lucene pass, the hits from Hibernate
     * Search: both must read a query the same way.
     */
    @Test
    void the_total_counts_exactly_the_hits_listed_for_every_kind_of_query() {
        List<String> queries = List.of("missiles", "\"no firm commitments\"", "speaker:official", "commit*", "Nató",
                "(progress OR commitments) NOT speaker:biden", "actor:nato AND Russia", "NOT missiles", "-russia",
                "talks OR progress", "\"...\"");
        for (String what : List.of("statements", "articles")) {
            for (String query : what.equals("statements") ? concat(queries, "cue:added -cue:said") : queries) {
                JsonObject result = search(what, "size=100&q=" + enc(query));
                assertThat(result.getJsonArray("hits").size()).as(what + " " + query)
                        .isEqualTo(result.getJsonNumber("total").intValue());
            }
        }
        assertThat(total("q=" + enc("NOT missiles"))).isEqualTo(4);
    }

    @Test
    void accents_and_case_are_folded() {
        assertThat(total("q=" + enc("MISSILES"))).isEqualTo(2);
        assertThat(total("q=" + enc("\"Nató\""))).isEqualTo(total("q=NATO"));
    }

    @Test
    void a_source_filter_written_in_another_case_selects_the_source() {
        long exact = searchRaw("statements", "size=0&" + SEED).getJsonNumber("total").longValue();
        String lower = "source=" + enc(Fixtures.SEED_SOURCE.toLowerCase(java.util.Locale.ROOT));

        JsonObject result = searchRaw("statements", "size=0&" + lower);

        assertThat(exact).isPositive();
        assertThat(result.getJsonNumber("total").longValue()).isEqualTo(exact);
        assertThat(searchRaw("articles", "size=0&" + lower).getJsonNumber("total").longValue())
                .isEqualTo(searchRaw("articles", "size=0&" + SEED).getJsonNumber("total").longValue());
    }

    @Test
    void a_syntax_error_answers_400_naming_the_position() {
        Reply reply = api.get("api/search/statements?q=" + enc("(missiles OR"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).endsWith("/problems/query-syntax");
        assertThat(problem.getInt("position")).isEqualTo(11);
        assertThat(problem.getString("detail")).contains("position 11").contains("both sides");
        assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    @Test
    void hits_carry_highlights_and_the_sentences_around_them() {
        JsonObject hit = search("statements", "q=progress").getJsonArray("hits").getJsonObject(0);

        assertThat(hit.getString("highlight")).contains("making <mark>progress</mark> with the Russians");
        assertThat(hit.getString("before")).startsWith("The U.S. and NATO have rejected those demands");
        assertThat(hit.getString("after")).startsWith(",” the official said, referring to Monday’s")
                .contains("He added, though");
    }

    @Test
    void highlights_escape_html_and_add_only_mark() {
        String json = "{\"source\":\"Escaping wire\",\"text\":\"Diplomats met in Vienna <script>alert(1)</script> on Monday, "
                + "the minister said.\"}";
        assertThat(api.postJson("api/articles", json).status()).isIn(200, 201);

        JsonObject result = searchRaw("articles", "source=" + enc("Escaping wire") + "&q=Vienna");
        String highlight = result.getJsonArray("hits").getJsonObject(0).getJsonArray("highlights").getString(0);

        assertThat(highlight).contains("<mark>Vienna</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(highlight.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void histograms_count_by_day_month_or_year() {
        JsonObject auto = search("statements", "size=0");
        JsonObject statementDates = histogram(auto, "statement");
        assertThat(statementDates.getString("interval")).isEqualTo("DAY");
        assertThat(statementDates.getJsonArray("buckets").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("start") + "=" + b.getInt("count"))
                .containsExactly("2022-01-08=6");

        JsonObject yearly = histogram(search("statements", "size=0&interval=year&from=2021-06-01&to=2022-12-31"), "published");
        assertThat(yearly.getJsonArray("buckets").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("start") + "=" + b.getInt("count"))
                .containsExactly("2021-01-01=0", "2022-01-01=6");

        // said on the 8th, published on the 9th: the range filters statement dates, the published bars go beyond it
        JsonObject saidByThe8th = search("statements", "size=0&interval=day&from=2022-01-01&to=2022-01-08");
        assertThat(histogram(saidByThe8th, "statement").getJsonArray("buckets").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("start") + "=" + b.getInt("count")).hasSize(8).endsWith("2022-01-08=6");
        assertThat(histogram(saidByThe8th, "published").getJsonArray("buckets").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("start") + "=" + b.getInt("count")).hasSize(9).endsWith("2022-01-08=0", "2022-01-09=6");

        Reply tooFine = api.get("api/search/statements?" + SEED + "&interval=day&from=1990-01-01&to=2022-12-31");
        assertThat(tooFine.status()).isEqualTo(400);
        assertThat(tooFine.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("interval");
    }

    @Test
    void facet_values_can_be_searched_by_word_prefix_ignoring_accents() {
        JsonObject united = searchRaw("statements/facets/actor", SEED + "&prefix=uni");
        assertThat(united.getJsonArray("values").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("value") + "=" + v.getInt("count"))
                .containsExactly("Senior official (United States)=6", "United States=3");

        JsonObject ukraine = searchRaw("statements/facets/actor", SEED + "&prefix=" + enc("ÜKR"));
        assertThat(ukraine.getInt("total")).isEqualTo(1);

        JsonObject paged = searchRaw("statements/facets/actor", SEED + "&offset=1&limit=2");
        assertThat(paged.getInt("total")).isEqualTo(5);
        assertThat(paged.getJsonArray("values").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("value")).containsExactly("Russia", "NATO");
    }

    @Test
    void attention_returns_one_aligned_series_per_query() {
        JsonObject attention = searchRaw("statements/attention", SEED + "&compare=Russia&compare=NATO&compare=commitments&interval=month");

        assertThat(attention.getString("interval")).isEqualTo("MONTH");
        List<JsonObject> series = attention.getJsonArray("series").getValuesAs(JsonObject.class);
        assertThat(series).extracting(s -> s.getString("query")).containsExactly("Russia", "NATO", "commitments");
        for (JsonObject one : series) {
            assertThat(one.getJsonNumber("total").longValue()).isEqualTo(total("q=" + enc(one.getString("query"))));
            assertThat(one.getJsonArray("buckets").getJsonObject(0).getString("start")).isEqualTo("2022-01-01");
        }
        // said on the 8th, published on the 9th: counted by publication date, a range of statement dates cut them off
        JsonObject published = searchRaw("statements/attention", SEED + "&compare=Russia&date=published&interval=day"
                + "&from=2022-01-01&to=2022-01-08");
        JsonObject russia = published.getJsonArray("series").getJsonObject(0);
        assertThat(russia.getJsonNumber("total").longValue()).isEqualTo(total("q=Russia")).isPositive();
        assertThat(russia.getJsonArray("buckets").getValuesAs(JsonObject.class)).extracting(b -> b.getString("start"))
                .startsWith("2022-01-01").endsWith("2022-01-09");
        assertThat(api.get("api/search/statements/attention?" + SEED).status()).isEqualTo(400);
        Reply unclosed = api.get("api/search/statements/attention?" + SEED + "&compare=Russia&compare=" + enc("\"NATO"));
        assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(400);
        assertThat(unclosed.json().getInt("position")).isEqualTo(1);
        assertThat(unclosed.json().getString("detail")).startsWith("Query syntax error in compare query 2 at position 1");
        assertThat(unclosed.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("compare");
    }

    @Test
    void attention_refuses_q_which_each_compare_query_would_replace() {
        for (String q : List.of("Russia", "\"unclosed")) {
            Reply withQ = api.get("api/search/statements/attention?" + SEED + "&q=" + enc(q) + "&compare=troops");
            assertThat(withQ.status()).as(withQ.toString()).isEqualTo(400);
            assertThat(withQ.contentType()).startsWith("application/problem+json");
            assertThat(withQ.json().getString("detail")).contains("q is not used by attention");
            assertThat(withQ.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("q");
        }
        assertThat(api.get("api/search/statements/attention?" + SEED + "&q=&compare=troops").status()).isEqualTo(200);
    }

    @Test
    void article_hits_list_their_matching_statements() {
        JsonObject hit = search("articles", "q=commitments").getJsonArray("hits").getJsonObject(0);

        List<JsonObject> statements = hit.getJsonArray("statements").getValuesAs(JsonObject.class);
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).getString("highlight")).contains("<mark>commitments</mark>");
    }

    @Test
    void cursor_paging_visits_every_hit_once_in_order() {
        for (String sort : List.of("newest", "oldest", "relevance")) {
            List<Long> expected = search("statements", "q=" + enc("speaker:official") + "&size=6&sort=" + sort).getJsonArray("hits")
                    .getValuesAs(JsonObject.class).stream().map(h -> h.getJsonNumber("id").longValue()).toList();
            ArrayList<Long> visited = new ArrayList<>();
            String cursor = null;
            do {
                JsonObject page = search("statements", "q=" + enc("speaker:official") + "&size=2&sort=" + sort
                        + (cursor == null ? "" : "&searchAfter=" + cursor));
                page.getJsonArray("hits").getValuesAs(JsonObject.class)
                        .forEach(h -> visited.add(h.getJsonNumber("id").longValue()));
                cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            } while (cursor != null && visited.size() < 20);
            assertThat(visited).as(sort).isEqualTo(expected).hasSize(6);
        }
        Reply wrongSort = api.get("api/search/statements?" + SEED + "&sort=oldest&searchAfter="
                + search("statements", "size=1&sort=newest").getString("nextCursor"));
        assertThat(wrongSort.status()).isEqualTo(400);
    }

    @Test
    void a_page_read_after_a_cursor_has_no_page_number_and_every_paged_list_links_its_neighbours() {
        String query = "q=" + enc("speaker:official") + "&size=2&sort=newest";
        Reply first = api.get("api/search/statements?" + SEED + "&" + query);
        assertThat(first.json().getInt("page")).isEqualTo(1);
        assertThat(links(first)).contains("rel=\"next\"").contains("page=2").doesNotContain("rel=\"prev\"");

        String cursor = first.json().getString("nextCursor");
        Reply after = api.get("api/search/statements?" + SEED + "&" + query + "&searchAfter=" + cursor);
        assertThat(after.status()).as(after.toString()).isEqualTo(200);
        assertThat(after.json().containsKey("page")).as("a cursor page is no page 1: %s", after.body()).isFalse();
        assertThat(after.json().getString("searchAfter")).isEqualTo(cursor);
        assertThat(links(after)).contains("searchAfter=" + after.json().getString("nextCursor")).contains("rel=\"first\"");

        Reply second = api.get("api/search/statements?" + SEED + "&" + query + "&page=2");
        assertThat(links(second)).contains("page=3").contains("page=1").contains("rel=\"prev\"").contains("rel=\"first\"");
        assertThat(links(api.get("api/actors?limit=1"))).contains("offset=1").contains("limit=1").contains("rel=\"next\"");
        assertThat(links(api.get("api/search/statements/facets/actor?" + SEED + "&limit=1"))).contains("offset=1");
    }

    private static String links(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return String.join(", ", reply.headerValues("Link"));
    }

    @Test
    void the_month_facet_lists_the_newest_months_even_when_older_ones_are_busier() {
        String wire = "Monthly wire";
        YearMonth first = YearMonth.of(2010, 1);
        for (int i = 0; i < 55; i++) {
            int copies = i < 10 ? 3 : 1;   // the ten oldest months are the busiest
            for (int copy = 0; copy < copies; copy++) {
                String json = Json.createObjectBuilder().add("source", wire)
                        .add("publishedAt", first.plusMonths(i).atDay(copy + 1).toString())
                        .add("text", "Monthly report " + i + "." + copy + " on grain prices.").build().toString();
                assertThat(api.postJson("api/articles", json).status()).isIn(200, 201);
            }
        }

        List<String> months = searchRaw("articles", "size=0&source=" + enc(wire)).getJsonObject("facets")
                .getJsonArray("month").getValuesAs(JsonObject.class).stream().map(m -> m.getString("value")).toList();

        assertThat(months).hasSize(50);
        assertThat(months.get(0)).isEqualTo(first.plusMonths(54).toString());
        assertThat(months.get(49)).isEqualTo(first.plusMonths(5).toString());
        assertThat(months).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private long total(String parameters) {
        return search("statements", parameters).getJsonNumber("total").longValue();
    }

    private JsonObject search(String what, String parameters) {
        return searchRaw(what, SEED + "&" + parameters);
    }

    private JsonObject searchRaw(String what, String parameters) {
        Reply reply = api.get("api/search/" + what + "?" + parameters);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static JsonObject histogram(JsonObject result, String field) {
        return result.getJsonArray("histograms").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("field").equals(field)).findFirst().orElseThrow();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
