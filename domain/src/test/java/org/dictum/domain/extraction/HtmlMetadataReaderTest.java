package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMetadataReaderTest {

    private static final String JSON_LD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Paper site"},
              {"@type":"NewsArticle","headline":"Headline from JSON-LD","datePublished":"2022-01-09T10:00:00Z",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"The Paper"},"inLanguage":"en-GB"}]}</script>""";
    private static final String OPEN_GRAPH = """
            <meta property="og:title" content="Headline from OG">
            <meta property="article:published_time" content="2022-01-08T10:00:00Z">
            <meta property="og:site_name" content="Paper (OG)">""";
    private static final String META_DATE = "<meta name=\"dc.date\" content=\"2022-01-07\">";
    private static final String TIME = "<time datetime=\"2022-01-06T22:00:00-05:00\">6 January</time>";
    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://paper.example.com/2022/01/05/talks\">";

    private final HtmlMetadataReader reader = new HtmlMetadataReader();

    private DocumentMetadata read(String head, String body) {
        return reader.read(LenientHtml.parse("<html><head><title>Talks end - The Paper</title>" + head + "</head><body>"
                + body + "<p>Text.</p></body></html>", "https://paper.example.com/news/1"), "https://paper.example.com/news/1");
    }

    @Test
    void publication_date_comes_from_the_most_explicit_place_that_has_one() {
        assertThat(read(JSON_LD + OPEN_GRAPH + META_DATE + CANONICAL, TIME).publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-09T10:00:00Z"), "json-ld"));
        assertThat(read(OPEN_GRAPH + META_DATE + CANONICAL, TIME).publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-08T10:00:00Z"), "og"));
        assertThat(read(META_DATE + CANONICAL, TIME).publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-07T00:00:00Z"), "meta:dc.date"));
        assertThat(read(CANONICAL, TIME).publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-06T22:00:00-05:00"), "time"));
        assertThat(read(CANONICAL, "").publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-05T00:00:00Z"), "url"));
        assertThat(read("", "<h1>Talks end</h1><p class=\"storydate\">Last updated 4th January 2022</p>").publishedAt())
                .isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-04T00:00:00Z"), "dateline"));
        assertThat(read("", "").publishedAt()).isNull();
    }

    @Test
    void title_prefers_og_then_json_ld_then_the_title_element_without_site_name() {
        assertThat(read(JSON_LD + OPEN_GRAPH, "").title()).isEqualTo(new Sourced<>("Headline from OG", "og"));
        assertThat(read(JSON_LD, "").title()).isEqualTo(new Sourced<>("Headline from JSON-LD", "json-ld"));
        assertThat(read("", "").title()).isEqualTo(new Sourced<>("Talks end", "title"));
    }

    @Test
    void authors_come_from_json_ld_then_meta_then_the_byline() {
        assertThat(read(JSON_LD, "").authors()).isEqualTo(new Sourced<>(List.of("Jane Doe", "John Roe"), "json-ld"));
        assertThat(read("<meta name=\"author\" content=\"Ann Lee\">", "").authors())
                .isEqualTo(new Sourced<>(List.of("Ann Lee"), "meta:author"));
        assertThat(read("", "<span class=\"storyby\">By Patrick Nathanson and Ann Lee</span>").authors())
                .isEqualTo(new Sourced<>(List.of("Patrick Nathanson", "Ann Lee"), "byline"));
        assertThat(read("", "<p><i>By Graham Hardcastle</i></p>").authors())
                .isEqualTo(new Sourced<>(List.of("Graham Hardcastle"), "byline"));
        assertThat(read("", "").authors()).isNull();
    }

    @Test
    void canonical_url_comes_from_the_canonical_link_then_og_url_resolved_against_the_page() {
        assertThat(read(CANONICAL, "").canonicalUrl())
                .isEqualTo(new Sourced<>("https://paper.example.com/2022/01/05/talks", "canonical"));
        assertThat(read("<link rel=\"canonical\" href=\"/news/talks-end\">", "").canonicalUrl())
                .isEqualTo(new Sourced<>("https://paper.example.com/news/talks-end", "canonical"));
        assertThat(read("<meta property=\"og:url\" content=\"https://paper.example.com/a\">", "").canonicalUrl())
                .isEqualTo(new Sourced<>("https://paper.example.com/a", "og"));
    }

    @Test
    void source_and_declared_language_are_read_with_their_origin() {
        DocumentMetadata fromJsonLd = read(JSON_LD + OPEN_GRAPH, "");
        assertThat(fromJsonLd.source()).isEqualTo(new Sourced<>("The Paper", "json-ld"));
        assertThat(fromJsonLd.language()).isEqualTo(new Sourced<>("en", "json-ld"));
        assertThat(read(OPEN_GRAPH, "").source()).isEqualTo(new Sourced<>("Paper (OG)", "og"));
        assertThat(reader.read(LenientHtml.parse("<html lang=\"de-AT\"><body><p>Text.</p></body></html>", null), null)
                .language()).isEqualTo(new Sourced<>("de", "html-lang"));
    }

    @Test
    void invalid_json_ld_is_ignored() {
        assertThat(read("<script type=\"application/ld+json\">{\"headline\": oops</script>" + OPEN_GRAPH, "").title())
                .isEqualTo(new Sourced<>("Headline from OG", "og"));
    }
}
