package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private final Tokenizer tokenizer = Tokenizer.english();
    private final CueLexicon lexicon = new CueLexicon(List.of(
            "say says said saying", "point_out points_out pointed_out pointing_out", "tell tells told telling\thearer",
            "show shows showed shown showing\tthat", "believe believes believed believing\tthought",
            "accuse accuses accused accusing\tobject"));

    @Test
    void longest_multi_word_form_wins() {
        CueLexicon.Match match = at("She pointed out that it rained", 1);
        assertThat(match.verb().lemma()).isEqualTo("point out");
        assertThat(match.to() - match.from()).isEqualTo(2);
    }

    @Test
    void flags_of_the_data_file_are_read() {
        assertThat(at("He told them", 1).verb().takesHearer()).isTrue();
        assertThat(at("Polls showed that", 1).verb().needsComplementiser()).isTrue();
        assertThat(at("Voters believe it", 1).verb().thought()).isTrue();
        assertThat(at("He accused her", 1).verb().objectContent()).isTrue();
    }

    @Test
    void base_and_participle_forms_are_marked() {
        assertThat(at("They say so", 1).baseForm()).isTrue();
        assertThat(at("He said so", 1).baseForm()).isFalse();
        assertThat(at("he left, saying so", 3).participle()).isTrue();
    }

    @Test
    void capitalised_forms_count_only_in_title_case_headlines() {
        assertThat(lexicon.at(tokens("Hollande Says Trump Lies"), 1)).isPresent();
        assertThat(lexicon.at(tokens("Says who"), 0)).isEmpty();
    }

    @Test
    void a_capitalised_verb_inside_a_name_in_a_sentence_is_no_cue() {
        List<Token> page = tokens("Details are on the Frequently Asked Questions page of the ministry's site");
        CueLexicon english = CueLexicon.english();
        assertThat(english.at(page, page.stream().map(Token::text).toList().indexOf("Asked"))).isEmpty();
        List<Token> headline = tokens("Hollande Says Trump Makes You Want To Retch");
        assertThat(english.at(headline, 1)).isPresent();
    }

    private CueLexicon.Match at(String text, int index) {
        return lexicon.at(tokens(text), index).orElseThrow();
    }

    private List<Token> tokens(String text) {
        return tokenizer.tokens(text, 0, text.length());
    }
}
