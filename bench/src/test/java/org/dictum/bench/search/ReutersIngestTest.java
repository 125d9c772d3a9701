package org.dictum.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReutersIngestTest {

    @Test
    void a_story_becomes_a_reuters_article_with_topics_and_places_as_actors() {
        JsonObject body = read(ReutersIngest.submission(read("""
                {"id": 1, "date": "1987-02-26T15:01:01", "title": "BAHIA COCOA REVIEW", "body": "Showers continued.",
                 "topics": ["cocoa"], "places": ["el-salvador", "usa"], "people": []}""")));

        assertThat(body.getString("source")).isEqualTo("Reuters");
        assertThat(body.getString("title")).isEqualTo("BAHIA COCOA REVIEW");
        assertThat(body.getString("text")).isEqualTo("Showers continued.");
        assertThat(body.getString("publishedAt")).isEqualTo("1987-02-26T15:01:01");
        assertThat(body.getJsonArray("topics").getValuesAs(jakarta.json.JsonString.class)).extracting("string")
                .containsExactly("cocoa");
        assertThat(body.getJsonArray("actors").getValuesAs(jakarta.json.JsonString.class)).extracting("string")
                .containsExactly("el-salvador", "usa");
    }

    @Test
    void the_headline_is_the_text_of_a_story_without_body_and_a_story_without_either_is_skipped() {
        assertThat(read(ReutersIngest.submission(read("{\"title\": \"U.S. TRADE DEFICIT\", \"body\": \"\"}")))
                .getString("text")).isEqualTo("U.S. TRADE DEFICIT");
        assertThat(ReutersIngest.submission(read("{\"title\": \" \", \"topics\": []}"))).isNull();
    }

    @Test
    void the_rest_request_repeats_each_selected_value_and_encodes_it() {
        BenchmarkQuery query = new BenchmarkQuery("U.S.", Map.of("actor", List.of("United States", "Japan"),
                "source", List.of("Reuters")), 20);

        assertThat(query.restPath()).isEqualTo(
                "/api/search/statements?q=U.S.&actor=United%20States&actor=Japan&source=Reuters&interval=month&size=20");
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
