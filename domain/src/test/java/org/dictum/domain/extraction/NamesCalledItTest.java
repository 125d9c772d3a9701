package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesCalledItTest {

    private final SpeakerPhraseParser parser = SpeakerPhraseParser.english(ActorDictionary.english());

    @Test
    void a_one_word_name_referred_to_as_it_and_never_as_he_or_she_is_a_body() {
        String text = "Texaco said it would appeal. Texaco said the ruling was wrong. Reagan said it was good. "
                + "Reagan said he was pleased. Volcker said “its time has come.” Baker said rates would fall. "
                + "James Smith said it was over.";
        List<SpeechCandidate> candidates = saidStatements(text);

        assertThat(NamesCalledIt.in(text, candidates)).containsExactlyInAnyOrder("Texaco", "Volcker");
    }

    @Test
    void a_one_word_speaker_whose_next_statement_is_said_by_it_is_a_body() {
        String text = "Mitel said the transfer was done. It said the unit would grow. Volcker said rates would fall. "
                + "He said it was time. Baker said rates would rise. It said nothing.";
        List<SpeechCandidate> candidates = saidStatements(text);

        assertThat(NamesCalledIt.in(text, candidates)).containsExactlyInAnyOrder("Mitel", "Baker");
    }

    /** One statement per sentence of the form "SPEAKER said CONTENT.". */
    private List<SpeechCandidate> saidStatements(String text) {
        List<SpeechCandidate> candidates = new ArrayList<>();
        for (String sentence : text.split("(?<=\\.) ")) {
            int start = text.indexOf(sentence);
            String speaker = sentence.substring(0, sentence.indexOf(" said "));
            int contentStart = start + speaker.length() + " said ".length();
            candidates.add(new SpeechCandidate(org.dictum.domain.statement.StatementKind.REPORTED_SPEECH,
                    parser.parse(speaker).orElseThrow(), "said", contentStart, start + sentence.length() - 1, speaker,
                    null, null, null, contentStart));
        }
        return candidates;
    }
}
