package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartOfSpeechTaggerTest {

    private static final PartOfSpeechTagger TAGGER = PartOfSpeechTagger.english();
    private static final Tokenizer TOKENIZER = Tokenizer.english();

    @Test
    void each_token_of_a_sentence_gets_its_own_tag_quotation_marks_and_abbreviations_included() {
        String text = "First sentence. “The U.S. will not back down,” Sen. Sanders’ aide said on Monday.";
        int from = text.indexOf('“');
        List<Token> tokens = TOKENIZER.tokens(text, from, text.length());

        String[] tags = TAGGER.tags(tokens);

        assertThat(tags).hasSameSizeAs(tokens.toArray());
        assertThat(tags[0]).isEqualTo("PUNCT");
        assertThat(tags[indexOf(tokens, "U.S.")]).isEqualTo("PROPN");
        assertThat(tags[indexOf(tokens, "said")]).isEqualTo("VERB");
        assertThat(tags[indexOf(tokens, "Monday")]).isEqualTo("PROPN");
    }

    @Test
    void a_noun_cue_is_told_from_a_verb_cue() {
        String text = "His claim that the vote was rigged was rejected, but he claims it still.";
        List<Token> tokens = TOKENIZER.tokens(text, 0, text.length());

        String[] tags = TAGGER.tags(tokens);

        assertThat(tags[indexOf(tokens, "claim")]).isEqualTo("NOUN");
        assertThat(tags[indexOf(tokens, "claims")]).isEqualTo("VERB");
    }

    @Test
    void no_tokens_no_tags() {
        assertThat(TAGGER.tags(List.of())).isEmpty();
    }

    private static int indexOf(List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no token " + text + " in " + tokens);
    }
}
