package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import org.dictum.domain.article.ContentType;
import org.junit.jupiter.api.Test;

/** The extractor on HTML: metadata next to the main text, and the metadata's date used for statement dates. */
class HtmlArticleExtractionTest {

    private static final String PAGE = """
            <html lang="en"><head><title>Kremlin warns - The Paper</title>
            <meta property="og:site_name" content="The Paper">
            <meta property="article:published_time" content="2022-01-09T08:00:00Z">
            <link rel="canonical" href="https://paper.example.com/world/kremlin-warns"></head>
            <body><article><h1>Kremlin warns</h1><p class="byline">By Jane Doe</p>
            <p>The Kremlin warned on Friday that new sanctions would backfire on the West, its spokesman said.</p>
            <p>“We will respond in kind to every step,” said Dmitry Peskov, speaking to reporters in Moscow.</p>
            </article></body></html>""";

    private final RuleBasedArticleExtractor extractor = new RuleBasedArticleExtractor();

    @Test
    void html_extraction_reports_the_page_metadata_with_origins() {
        ExtractionResult result = extractor.extract(new ExtractionRequest(PAGE, ContentType.TEXT_HTML, null, null));
        DocumentMetadata metadata = result.metadata();

        assertThat(metadata.title()).isEqualTo(new Sourced<>("Kremlin warns", "title"));
        assertThat(metadata.authors()).isEqualTo(new Sourced<>(List.of("Jane Doe"), "byline"));
        assertThat(metadata.publishedAt()).isEqualTo(new Sourced<>(OffsetDateTime.parse("2022-01-09T08:00:00Z"), "og"));
        assertThat(metadata.source()).isEqualTo(new Sourced<>("The Paper", "og"));
        assertThat(metadata.canonicalUrl())
                .isEqualTo(new Sourced<>("https://paper.example.com/world/kremlin-warns", "canonical"));
        assertThat(metadata.language()).isEqualTo(new Sourced<>("en", "html-lang"));
        assertThat(result.language()).isEqualTo("en");
        assertThat(result.title()).isEqualTo("Kremlin warns");
        assertThat(result.mainText()).startsWith("The Kremlin warned").doesNotContain("Jane Doe", "Kremlin warns\n");
    }

    @Test
    void without_a_supplied_date_statements_are_dated_against_the_metadata_date() {
        ExtractionResult result = extractor.extract(new ExtractionRequest(PAGE, ContentType.TEXT_HTML, null, null));

        assertThat(result.statements()).isNotEmpty();
        assertThat(result.statements().get(0).statementDate()).isEqualTo(LocalDate.of(2022, 1, 7));
    }

    @Test
    void a_supplied_title_is_recorded_as_supplied() {
        ExtractionResult result = extractor.extract(new ExtractionRequest(PAGE, ContentType.TEXT_HTML, "Our title", null));

        assertThat(result.metadata().title()).isEqualTo(new Sourced<>("Our title", "supplied"));
        assertThat(result.title()).isEqualTo("Our title");
    }

    @Test
    void plain_text_has_only_title_and_language_in_its_metadata() {
        ExtractionResult result = extractor.extract(new ExtractionRequest("""
                Talks end
                The talks in Geneva ended on Monday without an agreement, officials from both delegations said after
                seven hours of meetings, and the two sides will report to their capitals.""",
                ContentType.TEXT_PLAIN, null, null));

        assertThat(result.metadata()).isEqualTo(new DocumentMetadata(new Sourced<>("Talks end", "first-line"), null, null,
                null, null, new Sourced<>("en", "detected")));
    }
}
