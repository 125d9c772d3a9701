package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueComplementTest {

    private final Tokenizer tokenizer = Tokenizer.english();
    private final CueLexicon lexicon = CueLexicon.english();

    @Test
    void hearer_and_that_are_skipped_before_the_content() {
        assertThat(contentAfter("Trump told CNN’s Jake Tapper that the judge was biased", "told"))
                .isEqualTo("the judge was biased");
        assertThat(contentAfter("She told reporters the vote was rigged", "told")).isEqualTo("the vote was rigged");
    }

    @Test
    void setting_phrases_up_to_that_or_a_colon_are_skipped() {
        assertThat(contentAfter("He said in an interview with the Times on Sunday that he would run", "said"))
                .isEqualTo("he would run");
        assertThat(contentAfter("She said at a rally in Ohio: “We will win.”", "said")).isEqualTo("“We will win.”");
    }

    @Test
    void a_verb_that_needs_a_complementiser_has_no_content_without_one() {
        assertThat(contentAfter("The poll shows that Clinton leads", "shows")).isEqualTo("Clinton leads");
        assertThat(contentStart("The video shows him falling", "shows")).isEqualTo(-1);
    }

    @Test
    void empty_objects_and_prepositions_are_not_content() {
        assertThat(contentStart("He said nothing about it", "said")).isEqualTo(-1);
        assertThat(contentStart("He told of his plans for the party", "told")).isEqualTo(-1);
    }

    @Test
    void attribution_that_follows_its_content_ends_the_clause() {
        List<Token> tokens = tokens("It will rain, he said Tuesday in a statement, adding that it would stop.");
        int cue = indexOf(tokens, "said");
        CueLexicon.Match match = lexicon.at(tokens, cue).orElseThrow();
        int end = CueComplement.afterAdjuncts("It will rain, he said Tuesday in a statement, adding that it would stop.",
                tokens, match.to(), tokens.size());
        assertThat(tokens.get(end).text()).isEqualTo(",");
        assertThat(CueComplement.endsClause(tokens, end, tokens.size())).isTrue();
    }

    private String contentAfter(String text, String cue) {
        List<Token> tokens = tokens(text);
        int start = contentStart(text, cue);
        return text.substring(tokens.get(start).start());
    }

    private int contentStart(String text, String cue) {
        List<Token> tokens = tokens(text);
        int index = indexOf(tokens, cue);
        return lexicon.at(tokens, index)
                .map(match -> CueComplement.contentStart(text, tokens, match, tokens.size()))
                .orElse(-1);
    }

    private List<Token> tokens(String text) {
        return tokenizer.tokens(text, 0, text.length());
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
