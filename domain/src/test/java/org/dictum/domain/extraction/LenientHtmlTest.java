package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LenientHtmlTest {

    @Test
    void unclosed_title_is_closed_at_its_line_end_so_it_does_not_swallow_the_page() {
        Document document = LenientHtml.parse("<html><head><title>Talks end - The Paper\n"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><p>The talks ended.</p></body></html>", null);

        assertThat(document.title()).isEqualTo("Talks end - The Paper");
        assertThat(document.body().text()).isEqualTo("The talks ended.");
    }

    @Test
    void title_closed_before_the_next_tag_is_left_alone_even_with_angle_brackets_in_it() {
        String html = "<title>=> The One to Watch <=</title><p>Body.</p>";

        assertThat(LenientHtml.repairTitle(html)).isEqualTo(html);
        assertThat(LenientHtml.parse(html, null).title()).isEqualTo("=> The One to Watch <=");
    }
}
