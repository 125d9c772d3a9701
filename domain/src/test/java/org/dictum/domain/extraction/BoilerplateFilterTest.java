package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = BoilerplateFilter.english();

    @Test
    void appeal_block_is_removed_and_the_paragraph_glued_to_its_last_sentence_is_kept() {
        List<String> kept = filter.removeFrom(List.of(
                "Lead paragraph.",
                "Your support helps us to tell the story",
                "At such a critical moment, we need reporters on the ground. Your donation helps.",
                "We choose not to lock readers out with paywalls.",
                "Your support makes all the difference.The talks begin on Monday."));
        assertThat(kept).containsExactly("Lead paragraph.", "The talks begin on Monday.");
    }

    @Test
    void appeal_block_ends_at_the_first_line_that_does_not_look_like_an_appeal() {
        List<String> kept = filter.removeFrom(List.of(
                "Support independent journalism",
                "Please consider a donation.",
                "Ministers met in Brussels on Tuesday.",
                "Officials said a subscription to the treaty was possible."));
        assertThat(kept).containsExactly("Ministers met in Brussels on Tuesday.",
                "Officials said a subscription to the treaty was possible.");
    }

    @Test
    void news_paragraphs_mentioning_support_outside_an_appeal_are_kept() {
        List<String> paragraphs = List.of("Germany pledged its support to Ukraine.", "Your support for the plan is welcome, he said.");
        assertThat(filter.removeFrom(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void standalone_boilerplate_lines_are_dropped() {
        assertThat(filter.removeFrom(List.of("Advertisement", "Sign up for our free newsletter", "Real news.")))
                .containsExactly("Real news.");
    }

    @Test
    void rules_are_data_and_a_new_start_phrase_opens_a_block() {
        BoilerplateFilter custom = new BoilerplateFilter(List.of("start: Become a member", "marker: member"));
        assertThat(custom.removeFrom(List.of("Become a member today", "Members get more.", "News."))).containsExactly("News.");
    }

    @Test
    void comment_section_heading_ends_the_article_once_text_came_before_it() {
        String lead = "The talks in Geneva ended on Monday without an agreement, officials from both delegations said"
                + " after seven hours of meetings, and both sides will now report to their capitals before they meet"
                + " again in the Swiss city, though no date has been set for a new round.";
        assertThat(filter.removeFrom(List.of(lead, "Comments (2)", "What a waste of time.", "Posted by tom")))
                .containsExactly(lead);
        assertThat(filter.removeFrom(List.of("Comments (2)", "Short lead.")))
                .containsExactly("Comments (2)", "Short lead.");
    }

    @Test
    void a_thread_of_comment_signatures_ends_the_article_at_the_first_signature() {
        String lead = "The talks in Geneva ended on Monday without an agreement, officials from both delegations said"
                + " after seven hours of meetings, and both sides will now report to their capitals before they meet"
                + " again in the Swiss city, though no date has been set for a new round.";
        List<String> kept = filter.removeFrom(List.of(lead,
                "Posted by: tom3465, farnworth on 8:21pm Tue 1 Jan 08", "Great article.",
                "Posted by: donmarg, bolton on 9:06pm Tue 1 Jan 08", "Rubbish.",
                "Posted by: irf, Accrington on 9:45pm Tue 1 Jan 08", "Agreed."));
        assertThat(kept).containsExactly(lead);
    }

    @Test
    void a_single_posted_by_line_is_not_a_comment_thread() {
        String lead = "The talks in Geneva ended on Monday without an agreement, officials from both delegations said"
                + " after seven hours of meetings, and both sides will now report to their capitals before they meet"
                + " again in the Swiss city, though no date has been set for a new round.";
        List<String> paragraphs = List.of(lead, "Posted by Jane Doe at 5:00 PM on January 9, 2022", "More text.");
        assertThat(filter.removeFrom(paragraphs)).isEqualTo(paragraphs);
    }
}
