package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlMainTextTest {

    private final HtmlMainText extractor = new HtmlMainText(BoilerplateFilter.english());

    private static final String PAGE = """
            <html><head><title>Talks end | The Paper</title>
            <meta property="og:title" content="Talks end without deal">
            <script>var tracking = "said the tracker";</script><style>p { color: red }</style></head>
            <body>
              <header><h1>The Paper</h1><nav><ul><li>Home</li><li>World</li></ul></nav></header>
              <article>
                <h1>Talks end without deal</h1>
                <p>The talks in Geneva ended on Monday.</p>
                <aside><p>Read our other stories</p></aside>
                <h2>What comes next</h2>
                <blockquote><p>“We will meet again,” the envoy said.</p></blockquote>
                <ul><li>Russia wants guarantees.</li></ul>
                <form><p>Subscribe now</p></form>
              </article>
              <footer><p>Copyright The Paper</p></footer>
            </body></html>
            """;

    @Test
    void keeps_article_paragraphs_in_order_and_drops_page_furniture() {
        MainText main = extractor.extract(PAGE, null);
        assertThat(main.text()).isEqualTo("""
                The talks in Geneva ended on Monday.
                What comes next
                “We will meet again,” the envoy said.
                Russia wants guarantees.""");
        assertThat(main.text()).doesNotContain("tracker", "Home", "Copyright", "Read our other", "Subscribe");
    }

    @Test
    void title_comes_from_og_title_and_is_not_part_of_the_main_text() {
        assertThat(extractor.extract(PAGE, null).title()).isEqualTo("Talks end without deal");
    }

    @Test
    void supplied_title_wins_over_the_page_title() {
        MainText main = extractor.extract(LenientHtml.parse(PAGE, null), null, "Our own headline");
        assertThat(main.title()).isEqualTo("Our own headline");
    }

    @Test
    void page_without_article_element_uses_body_paragraphs_and_the_title_element() {
        MainText main = extractor.extract("<html><head><title>Plain page</title></head><body>"
                + "<nav><p>Menu</p></nav><p>First.</p><p>Second.</p></body></html>", null);
        assertThat(main.title()).isEqualTo("Plain page");
        assertThat(main.text()).isEqualTo("First.\nSecond.");
    }
}
