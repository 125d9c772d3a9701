package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.Fixtures;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;

/** POST /api/extract: what extraction finds, with nothing stored. */
class ExtractApiIT extends ClientSideIntegrationTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Talks resume | Example News</title>
            <meta property="og:title" content="Talks resume in Vienna">
            <meta property="og:site_name" content="Example News">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-15T08:00:00Z",
              "author":{"@type":"Person","name":"Jane Reporter"}}</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Talks resume in Vienna</h1>
            <p>Negotiators from Iran and the European Union met again on Tuesday after a pause of several months.</p>
            <p>“We are ready to work through the night,” the EU envoy said. Iran's foreign minister said the talks
            would continue until an agreement was reached, according to state media.</p></article>
            <footer>Subscribe to our newsletter</footer></body></html>""";

    @Test
    void extracting_the_seed_finds_its_statements_and_stores_nothing() {
        HttpApi api = new HttpApi(baseUrl);
        long before = articleCount(api);
        String body = Json.createObjectBuilder().add("publishedAt", "2022-01-09").add("text", Fixtures.seedText())
                .add("url", "https://example.org/extract-only").build().toString();

        Reply reply = api.postJson("api/extract", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject result = reply.json();
        assertThat(result.getString("title")).isEqualTo("US open to limiting military exercises, missiles with Russia");
        List<JsonObject> statements = result.getJsonArray("statements").getValuesAs(JsonObject.class);
        assertThat(statements).hasSize(6);
        String mainText = result.getString("mainText");
        assertThat(statements).allSatisfy(s -> {
            assertThat(mainText.substring(s.getInt("start"), s.getInt("end"))).isEqualTo(s.getString("content"));
            assertThat(s.getJsonObject("speaker").getString("name")).isEqualTo("Senior official (United States)");
            assertThat(s.getJsonObject("speaker").getString("affiliation")).isEqualTo("United States");
        });
        assertThat(result.getJsonArray("actors").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("name")).contains("United States", "Russia", "Ukraine", "NATO");
        assertThat(result.getJsonArray("mentions").getValuesAs(JsonObject.class)).allSatisfy(m ->
                assertThat(mainText.substring(m.getInt("start"), m.getInt("end"))).isEqualTo(m.getString("text")));
        assertThat(result.getJsonArray("mentions").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("actor")).contains("Russia", "NATO");
        assertThat(articleCount(api)).isEqualTo(before);
    }

    @Test
    void html_metadata_comes_with_its_origin() {
        HttpApi api = new HttpApi(baseUrl);
        Reply reply = api.postJson("api/extract", Json.createObjectBuilder().add("html", PAGE).build().toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject result = reply.json();
        JsonObject metadata = result.getJsonObject("metadata");
        assertThat(metadata.getJsonObject("publishedAt").getString("origin")).isEqualTo("json-ld");
        assertThat(metadata.getJsonObject("source").getJsonString("value").getString()).isEqualTo("Example News");
        assertThat(metadata.getJsonObject("authors").getJsonArray("value").getString(0)).isEqualTo("Jane Reporter");
        assertThat(result.getString("mainText")).contains("Negotiators from Iran").doesNotContain("Home", "newsletter");
        assertThat(result.getJsonArray("statements")).isNotEmpty();
    }

    @Test
    void invalid_input_gets_the_same_problems_as_ingest() {
        Reply reply = new HttpApi(baseUrl).postJson("api/extract", "{\"title\":\"no text\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static long articleCount(HttpApi api) {
        return api.get("api/search/articles?size=0").json().getJsonNumber("total").longValue();
    }
}
