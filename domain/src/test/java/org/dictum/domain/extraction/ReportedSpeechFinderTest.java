package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportedSpeechFinderTest {

    private final ReportedSpeechFinder finder =
            new ReportedSpeechFinder(SpeechVerbs.english(), SpeakerPhraseParser.english(ActorDictionary.english()));

    @Test
    void speaker_first_content_excludes_speaker_cue_and_that() {
        Found found = find("The minister said that the border would stay closed.");
        assertThat(found.speaker()).isEqualTo("The minister");
        assertThat(found.cue()).isEqualTo("said");
        assertThat(found.content()).isEqualTo("the border would stay closed");
        assertThat(found.style()).isEqualTo(CueStyle.SPEAKER_FIRST);
    }

    @Test
    void hearer_of_told_and_date_words_are_part_of_the_attribution() {
        Found found = find("NATO told reporters Monday the alliance would not expand.");
        assertThat(found.speaker()).isEqualTo("NATO");
        assertThat(found.attribution()).isEqualTo("NATO told reporters Monday");
        assertThat(found.content()).isEqualTo("the alliance would not expand");
    }

    @Test
    void speaker_after_content_is_found_with_its_date() {
        Found found = find("Talks will start next week, a senior U.S. official said Saturday.");
        assertThat(found.speaker()).isEqualTo("a senior U.S. official");
        assertThat(found.content()).isEqualTo("Talks will start next week");
        assertThat(found.attribution()).isEqualTo("a senior U.S. official said Saturday");
        assertThat(found.style()).isEqualTo(CueStyle.SPEAKER_AFTER_CONTENT);
    }

    @Test
    void inverted_said_x_is_found() {
        Found found = find("The offer remains on the table, said President Joe Biden.");
        assertThat(found.speaker()).isEqualTo("President Joe Biden");
        assertThat(found.content()).isEqualTo("The offer remains on the table");
        assertThat(found.style()).isEqualTo(CueStyle.INVERTED);
    }

    @Test
    void according_to_x_works_before_and_after_the_content() {
        Found before = find("According to the Kremlin, the troops are on exercise.");
        assertThat(before.speaker()).isEqualTo("the Kremlin");
        assertThat(before.cue()).isEqualTo("According to");
        assertThat(before.content()).isEqualTo("the troops are on exercise");
        Found after = find("The troops are on exercise, according to officials.");
        assertThat(after.speaker()).isEqualTo("officials");
        assertThat(after.content()).isEqualTo("The troops are on exercise");
    }

    @Test
    void connective_and_also_before_the_speaker_are_skipped() {
        assertThat(find("But, the official said any deal needs Ukraine.").content()).isEqualTo("any deal needs Ukraine");
        assertThat(find("The official also said there was no chance of that.").speaker()).isEqualTo("The official");
    }

    @Test
    void demanded_and_rejected_are_not_speech_verbs() {
        assertThat(finder.find(sentence("Russia has demanded binding promises that NATO will not expand."))).isEmpty();
        assertThat(finder.find(sentence("The U.S. and NATO have rejected those demands out of hand."))).isEmpty();
    }

    @Test
    void implausible_speaker_or_infinitive_is_not_reported_speech() {
        assertThat(finder.find(sentence("The demands said nothing new about the talks."))).isEmpty();
        assertThat(finder.find(sentence("The comments were the first to suggest a willingness to compromise."))).isEmpty();
    }

    @Test
    void content_with_quotation_marks_is_left_to_the_quote_finder() {
        assertThat(finder.find(sentence("He said “we will not move an inch” today."))).isEmpty();
    }

    private Found find(String text) {
        Optional<SpeechCandidate> candidate = finder.find(sentence(text));
        assertThat(candidate).as("statement in: %s", text).isPresent();
        SpeechCandidate found = candidate.get();
        return new Found(found.speaker().text(), found.cue(),
                text.substring(found.contentStart() - 10, found.contentEnd() - 10), found.attribution(), found.style());
    }

    /** Sentences start at offset 10 so the tests also check that offsets are shifted into the main text. */
    private static Sentence sentence(String text) {
        return new Sentence(10, 10 + text.length(), text);
    }

    private record Found(String speaker, String cue, String content, String attribution, CueStyle style) {
    }
}
