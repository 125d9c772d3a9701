package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {

    /** A Reuters story as it comes: wrapped at 65 columns, its dateline cut off, paragraphs indented. */
    private static final String WIRE_STORY = """
            Standard Oil Co and BP North America
            Inc said they plan to form a venture to manage the money market
            borrowing and investment activities of both companies.
                BP North America is a subsidiary of British Petroleum Co
            Plc, which also owns a 55 pct interest in Standard Oil.
                The venture will be called BP/Standard Financial Trading
            and will be operated by Standard Oil under the oversight of a
            joint management committee.""";

    @Test
    void wrapped_lines_join_into_paragraphs_and_an_indented_line_opens_one() {
        assertThat(HardWraps.unwrap(lines(WIRE_STORY), false)).containsExactly(
                "Standard Oil Co and BP North America Inc said they plan to form a venture to manage the money market"
                        + " borrowing and investment activities of both companies.",
                "    BP North America is a subsidiary of British Petroleum Co Plc, which also owns a 55 pct interest in"
                        + " Standard Oil.",
                "    The venture will be called BP/Standard Financial Trading and will be operated by Standard Oil under"
                        + " the oversight of a joint management committee.");
    }

    @Test
    void a_first_line_that_may_be_the_headline_joins_only_when_it_fills_the_width() {
        List<String> joined = HardWraps.unwrap(lines(WIRE_STORY), true);
        assertThat(joined.get(0)).isEqualTo("Standard Oil Co and BP North America");
        assertThat(joined.get(1)).startsWith("Inc said they plan").endsWith("of both companies.");
    }

    @Test
    void text_whose_lines_are_paragraphs_stays_as_it_is() {
        List<String> paragraphs = lines("""
                Talks end without deal
                The talks in Geneva ended on Friday without an agreement on the ceasefire.
                Both delegations left the city in the evening.
                A new round is planned for March.""");
        assertThat(HardWraps.unwrap(paragraphs, true)).isEqualTo(paragraphs);
    }

    @Test
    void lines_longer_than_a_wrapping_width_are_never_joined_by_their_length() {
        String longLine = "The minister said the talks would resume next week in Geneva ".repeat(3).strip();
        List<String> paragraphs = List.of(longLine, longLine, longLine, longLine);
        assertThat(HardWraps.unwrap(paragraphs, false)).isEqualTo(paragraphs);
    }

    @Test
    void a_line_ending_inside_a_sentence_joins_a_next_line_in_lower_case_even_in_short_text() {
        assertThat(HardWraps.unwrap(lines("""
                Talks end
                The minister said the talks would resume
                next week."""), true)).containsExactly("Talks end", "The minister said the talks would resume next week.");
    }

    @Test
    void a_paragraph_that_ends_early_with_a_full_stop_stays_a_paragraph_in_wrapped_text() {
        List<String> joined = HardWraps.unwrap(lines("""
                The central bank said it would keep its key rate unchanged at
                4.5 pct for the rest of the quarter, citing the risk of higher
                inflation and the weak currency, which fell again on Monday.
                Dealers expected the decision.
                The bank will publish its next inflation report in early April,
                after the finance ministry has presented the new budget plan."""), false);
        assertThat(joined).hasSize(2);
        assertThat(joined.get(0)).endsWith("fell again on Monday. Dealers expected the decision.");
        assertThat(joined.get(1)).startsWith("The bank will publish");
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void short_wire_paragraphs_each_opened_by_an_indented_line_are_wrapped_text() {
        List<String> joined = HardWraps.unwrap(lines("""
                Texas Commerce Bancshares Inc's Texas
                Commerce Bank-Houston said it filed an application with the
                Comptroller of the Currency to create the largest banking
                network in Harris County.
                    The bank said the network would link 31 banks.
                    It expects approval in May.
                """), false);

        assertThat(joined).containsExactly(
                "Texas Commerce Bancshares Inc's Texas Commerce Bank-Houston said it filed an application with the "
                        + "Comptroller of the Currency to create the largest banking network in Harris County.",
                "    The bank said the network would link 31 banks.",
                "    It expects approval in May.");
    }

    @Test
    void an_initialism_at_the_end_of_a_line_goes_on_when_the_next_word_opens_no_sentence() {
        List<String> joined = HardWraps.unwrap(lines("""
                Du Pont Co said the U.S.
                District Court for Delaware ruled that Phillips Petroleum Co
                had infringed its patent for a plastic used in car bumpers and
                awarded damages to be set at a later hearing, the company said.
                    It said it would seek damages of more than 500 mln dlrs
                from the Oklahoma company, which could appeal the ruling."""), false);
        assertThat(joined.get(0)).startsWith("Du Pont Co said the U.S. District Court for Delaware ruled");
        assertThat(joined).hasSize(2);
    }
}
