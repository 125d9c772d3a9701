package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = Tokenizer.english();

    @Test
    void initialisms_and_known_abbreviations_keep_their_periods_but_sentence_ends_do_not() {
        assertThat(texts("Sen. Smith met U.S. officials and said.")).containsExactly(
                "Sen.", "Smith", "met", "U.S.", "officials", "and", "said", ".");
    }

    @Test
    void a_middle_initial_keeps_its_period_but_a_letter_ending_a_sentence_does_not() {
        assertThat(texts("Donald J. Trump said")).containsExactly("Donald", "J.", "Trump", "said");
        assertThat(texts("Plan B. Then")).containsExactly("Plan", "B.", "Then");
        assertThat(texts("Plan B. then")).containsExactly("Plan", "B", ".", "then");
        assertThat(texts("it is B. The")).containsExactly("it", "is", "B", ".", "The");
    }

    @Test
    void a_website_s_name_is_one_word_and_a_full_stop_after_it_is_not() {
        assertThat(texts("BET.com named him. PR-Inside.com announces news.co.uk."))
                .containsExactly("BET.com", "named", "him", ".", "PR-Inside.com", "announces", "news.co.uk", ".");
    }

    @Test
    void a_dotted_code_in_capitals_is_one_word() {
        assertThat(texts("Volkswagen AG <VOWG.F>, said")).containsExactly("Volkswagen", "AG", "<", "VOWG.F", ">", ",", "said");
        assertThat(texts("Rep. John LaFalce, D-N.Y., said")).containsExactly("Rep.", "John", "LaFalce", ",", "D-N.Y", ".", ",", "said");
        assertThat(texts("in the U.S. The")).containsExactly("in", "the", "U.S.", "The");
        assertThat(texts("it fell.The")).containsExactly("it", "fell", ".", "The");
        assertThat(texts("S/P said, and/or")).containsExactly("S/P", "said", ",", "and", "/", "or");
    }

    @Test
    void words_keep_inner_apostrophes_hyphens_and_a_plural_possessive() {
        assertThat(texts("Clinton’s R-Texas ally didn’t join Sanders' team"))
                .containsExactly("Clinton’s", "R-Texas", "ally", "didn’t", "join", "Sanders'", "team");
    }

    @Test
    void a_combining_mark_belongs_to_the_word_of_its_letter() {
        assertThat(texts("Jo\u0308rg Bu\u0308hler said")).containsExactly("Jo\u0308rg", "Bu\u0308hler", "said");
        assertThat(texts("Bu\u0308hler's U\u0308.S. office")).containsExactly("Bu\u0308hler's", "U\u0308.S.", "office");
    }

    @Test
    void doubled_apostrophes_are_one_quotation_mark() {
        assertThat(texts("''It is over,'' he said")).containsExactly("''", "It", "is", "over", ",", "''", "he", "said");
        assertThat(tokenizer.tokens("''It''", 0, 6).get(0).isQuoteMark()).isTrue();
    }

    @Test
    void offsets_point_into_the_text_within_the_requested_region() {
        String text = "Paris. The minister said so.";
        List<Token> tokens = tokenizer.tokens(text, 7, text.length());
        assertThat(tokens.get(0).text()).isEqualTo("The");
        assertThat(tokens).allSatisfy(token -> assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
    }

    private List<String> texts(String text) {
        return tokenizer.tokens(text, 0, text.length()).stream().map(Token::text).toList();
    }
}
