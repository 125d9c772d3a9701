package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlMainTextTest {

    private final HtmlMainText extractor = HtmlMainText.standard();

    private static final String LEAD = "The talks in Geneva ended on Monday without an agreement, officials from both"
            + " delegations said after seven hours of meetings.";
    private static final String SECOND = "Russia repeated its demand for guarantees that NATO would not expand further"
            + " east, a demand the United States has called a non-starter.";
    private static final String THIRD = "Both sides said they would report to their capitals and meet again, though"
            + " no date was set for a new round of talks in the Swiss city.";

    private static String page(String body) {
        return "<html><head><title>Talks end without deal | The Paper</title>"
                + "<meta property=\"og:title\" content=\"Talks end without deal\"></head><body>"
                + "<header><h1>The Paper</h1><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul>"
                + "</nav></header>" + body
                + "<footer><p>Copyright The Paper 2022. All rights reserved.</p></footer></body></html>";
    }

    private String textOf(String body) {
        return extractor.extract(page(body), null).text();
    }

    @Test
    void keeps_article_paragraphs_in_order_and_drops_page_furniture_and_the_headline() {
        String text = textOf("<article><h1>Talks end without deal</h1><p>" + LEAD + "</p><h2>What comes next</h2><p>"
                + SECOND + "</p><blockquote><p>“We will meet again,” the envoy said.</p></blockquote><p>" + THIRD
                + "</p></article>");

        assertThat(text).isEqualTo(String.join("\n", LEAD, "What comes next", SECOND,
                "“We will meet again,” the envoy said.", THIRD));
    }

    @Test
    void headline_comes_from_the_page_and_is_not_part_of_the_main_text() {
        MainText main = extractor.extract(page("<article><h1>Talks end without deal</h1><p>" + LEAD + "</p><p>"
                + SECOND + "</p></article>"), null);

        assertThat(main.title()).isEqualTo("Talks end without deal");
        assertThat(main.text()).doesNotContain("Talks end without deal");
    }

    @Test
    void a_supplied_title_is_the_title_and_is_removed_from_the_body() {
        MainText main = extractor.extract(LenientHtml.parse(page("<article><h2>Our own headline</h2><p>" + LEAD
                + "</p><p>" + SECOND + "</p></article>"), null), null, "Our own headline");

        assertThat(main.title()).isEqualTo("Our own headline");
        assertThat(main.text()).startsWith(LEAD);
    }

    @Test
    void donation_box_inside_the_article_is_dropped_by_its_class() {
        String text = textOf("<article><p>" + LEAD + "</p><div class=\"donation-box\"><h3>Support us</h3>"
                + "<p>Independent journalism costs money, and readers like you keep it free for everyone to read.</p>"
                + "</div><p>" + SECOND + "</p></article>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void donation_appeal_inside_the_article_without_a_class_is_dropped_by_its_wording() {
        String text = textOf("<article><p>" + LEAD + "</p><p>Your support helps us to tell the story</p>"
                + "<p>At such a critical moment, we need reporters on the ground. Your donation keeps them there.</p>"
                + "<p>Your support makes all the difference.</p><p>" + SECOND + "</p></article>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void cookie_banner_is_dropped() {
        String text = textOf("<div id=\"cookie-consent\"><p>We use cookies to give you the best experience on our"
                + " website. By continuing to browse you agree to our use of cookies.</p></div>"
                + "<article><p>" + LEAD + "</p><p>" + SECOND + "</p></article>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void comments_section_is_dropped() {
        String text = textOf("<div class=\"story\"><p>" + LEAD + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div>"
                + "<div class=\"comments-body\"><div class=\"entry\"><p>I have been saying for years that these talks"
                + " are a waste of time, and nobody listens to people like me, of course.</p></div>"
                + "<div class=\"entry\"><p>Another long reader comment, with opinions, commas, and a great deal of"
                + " words that are not part of the article at all.</p></div></div>");

        assertThat(text).isEqualTo(String.join("\n", LEAD, SECOND, THIRD));
    }

    @Test
    void comment_thread_without_markup_is_cut_at_its_heading() {
        String text = textOf("<div><p>" + LEAD + "</p><p>" + SECOND + "</p><p>Comments (2)</p>"
                + "<p>This is a reader comment that goes on and on, with commas, and more commas, for a while.</p>"
                + "<p>Posted by: tom, Bolton on 8:21pm Tue 1 Jan 08</p></div>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void related_links_are_dropped_whether_named_or_just_a_list_of_links() {
        String text = textOf("<article><p>" + LEAD + "</p><div class=\"related-stories\"><h3>More on this story</h3>"
                + "<p><a href=\"/a\">NATO rejects Russian demands as talks stall in Brussels</a></p></div>"
                + "<ul><li><a href=\"/b\">Ukraine crisis: what you need to know</a></li>"
                + "<li><a href=\"/c\">Who is the Russian deputy foreign minister?</a></li></ul><p>" + SECOND
                + "</p></article>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void lead_paragraph_kept_apart_from_the_body_container_is_kept() {
        String text = textOf("<div id=\"main\"><div class=\"intro\"><p>" + LEAD + "</p></div>"
                + "<div class=\"story-body\"><p>" + SECOND + "</p><p>" + THIRD + "</p><p>" + SECOND + "</p></div>"
                + "<div class=\"sidebar\"><p><a href=\"/x\">Most read</a></p></div></div>");

        assertThat(text).startsWith(LEAD + "\n" + SECOND + "\n" + THIRD);
    }

    @Test
    void page_without_paragraph_elements_is_cut_into_lines_at_br() {
        String text = textOf("<table><tr><td class=\"menu\"><a href=\"/\">Home</a><br><a href=\"/n\">News</a></td>"
                + "<td>" + LEAD + "<br><br>" + SECOND + "<br><br><b>Next steps</b><br>" + THIRD + "</td></tr></table>");

        assertThat(text).isEqualTo(String.join("\n", LEAD, SECOND, "Next steps", THIRD));
    }

    @Test
    void bylines_dates_and_tool_links_at_the_edges_of_the_body_are_dropped() {
        String text = textOf("<div class=\"story\"><p>By Jane Doe</p><p>9 January 2022</p><p>" + LEAD + "</p><p>"
                + SECOND + "</p><p>Email this story</p></div>");

        assertThat(text).isEqualTo(LEAD + "\n" + SECOND);
    }

    @Test
    void site_rules_drop_what_the_generic_method_keeps_on_that_site_only() {
        String body = "<article><p>" + LEAD + "</p><p class=\"weekend-note\">Read the full dossier in our weekend"
                + " edition, out on Saturday, with maps and interviews.</p><p>" + SECOND + "</p></article>";
        HtmlMainText withRule = new HtmlMainText(BoilerplateFilter.english(), MarkupHints.standard(),
                new SiteRules(List.of("paper.example.com drop p.weekend-note")));

        assertThat(withRule.extract(page(body), "https://www.paper.example.com/news/1").text())
                .isEqualTo(LEAD + "\n" + SECOND);
        assertThat(withRule.extract(page(body), "https://other.example.org/news/1").text())
                .contains("weekend edition");
    }

    @Test
    void teasers_printed_before_the_headline_in_the_body_column_are_dropped() {
        String text = textOf("<div class=\"column\"><p>Get the free eBook on storage virtualization, and learn how the"
                + " latest technology changes the face of business.</p><h2>Talks end without deal</h2><p>" + LEAD + "</p><p>"
                + SECOND + "</p><p>" + THIRD + "</p></div>");

        assertThat(text).isEqualTo(String.join("\n", LEAD, SECOND, THIRD));
    }

    @Test
    void a_page_of_a_few_short_lines_keeps_them() {
        MainText main = extractor.extract("<html><head><title>Plain page</title></head><body>"
                + "<nav><p>Menu</p></nav><p>First.</p><p>Second.</p></body></html>", null);

        assertThat(main.title()).isEqualTo("Plain page");
        assertThat(main.text()).isEqualTo("First.\nSecond.");
    }
}
