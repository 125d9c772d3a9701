package org.dictum.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dictum.domain.extraction.StatementFinding.content;
import static org.dictum.domain.extraction.StatementFinding.speaker;

import java.util.List;
import org.dictum.domain.statement.StatementKind;
import org.junit.jupiter.api.Test;

class CuedStatementFinderTest {

    @Test
    void speaker_first_content_excludes_speaker_cue_and_that() {
        Found found = single("The minister said that the border would stay closed.");
        assertThat(found.speaker()).isEqualTo("The minister");
        assertThat(found.cue()).isEqualTo("said");
        assertThat(found.content()).isEqualTo("the border would stay closed");
        assertThat(found.candidate().style()).isEqualTo(CueStyle.SPEAKER_FIRST);
        assertThat(found.candidate().kind()).isEqualTo(StatementKind.REPORTED_SPEECH);
    }

    @Test
    void hearer_of_told_and_date_words_are_part_of_the_attribution() {
        Found found = single("NATO told reporters Monday the alliance would not expand.");
        assertThat(found.speaker()).isEqualTo("NATO");
        assertThat(found.candidate().attribution()).isEqualTo("NATO told reporters Monday");
        assertThat(found.content()).isEqualTo("the alliance would not expand");
    }

    @Test
    void speaker_after_content_is_found_with_its_date() {
        Found found = single("Talks will start next week, a senior U.S. official said Saturday.");
        assertThat(found.speaker()).isEqualTo("a senior U.S. official");
        assertThat(found.content()).isEqualTo("Talks will start next week");
        assertThat(found.candidate().attribution()).isEqualTo("a senior U.S. official said Saturday");
        assertThat(found.candidate().style()).isEqualTo(CueStyle.SPEAKER_AFTER_CONTENT);
    }

    @Test
    void after_a_closed_quotation_the_rest_of_the_sentence_belongs_to_the_attribution() {
        Found lastWeek = single("“Not paying taxes makes me smart,” Donald J. Trump said last week.");
        assertThat(lastWeek.content()).isEqualTo("Not paying taxes makes me smart");
        assertThat(lastWeek.candidate().attribution()).isEqualTo("Donald J. Trump said last week");
        Found afterHearing = single("“Subpoenas are not optional,” Rep. Jason Chaffetz said after Pagliano failed to appear.");
        assertThat(afterHearing.speaker()).isEqualTo("Rep. Jason Chaffetz");
        assertThat(afterHearing.content()).isEqualTo("Subpoenas are not optional");
        assertThat(single("“He would be a great senator,” Cummings said in a phone interview.").content())
                .isEqualTo("He would be a great senator");
    }

    @Test
    void after_that_a_clause_may_open_with_nothing_or_more_and_a_date_stays_in_the_attribution() {
        Found nothing = single("The envoy said on Jan. 5 that nothing was agreed.");
        assertThat(nothing.content()).isEqualTo("nothing was agreed");
        assertThat(nothing.candidate().attribution()).isEqualTo("The envoy said on Jan. 5 that");
        assertThat(single("She told reporters that more was needed.").content()).isEqualTo("more was needed");
        assertThat(StatementFinding.cued("He said that about the talks.")).isEmpty();
    }

    @Test
    void inverted_said_x_is_found() {
        Found found = single("The offer remains on the table, said President Joe Biden.");
        assertThat(found.speaker()).isEqualTo("President Joe Biden");
        assertThat(found.content()).isEqualTo("The offer remains on the table");
        assertThat(found.candidate().style()).isEqualTo(CueStyle.INVERTED);
    }

    @Test
    void according_to_x_works_before_after_and_around_the_content() {
        Found before = single("According to the Kremlin, the troops are on exercise.");
        assertThat(before.speaker()).isEqualTo("the Kremlin");
        assertThat(before.cue()).isEqualTo("According to");
        assertThat(before.content()).isEqualTo("the troops are on exercise");
        assertThat(single("The troops are on exercise, according to officials.").content())
                .isEqualTo("The troops are on exercise");
        assertThat(single("The troops, according to officials, are on exercise.").content())
                .isEqualTo("The troops, according to officials, are on exercise");
    }

    @Test
    void connective_and_auxiliaries_before_the_speaker_are_skipped() {
        assertThat(single("But, the official said any deal needs Ukraine.").content()).isEqualTo("any deal needs Ukraine");
        assertThat(single("The official also said there was no chance of that.").speaker()).isEqualTo("The official");
        assertThat(single("Russia has repeatedly warned that sanctions would backfire.").speaker()).isEqualTo("Russia");
    }

    @Test
    void two_statements_in_one_sentence_are_both_found() {
        String text = "Lavrov said the talks had failed, but Blinken insisted that progress was possible.";
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).extracting(candidate -> speaker(text, candidate)).containsExactly("Lavrov", "Blinken");
        assertThat(found).extracting(candidate -> content(text, candidate))
                .containsExactly("the talks had failed", "progress was possible");
    }

    @Test
    void participle_cue_takes_the_speaker_of_the_main_clause() {
        String text = "The ministry said the troops had returned, adding that the exercise was over.";
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).extracting(candidate -> content(text, candidate))
                .containsExactly("the troops had returned", "the exercise was over");
        assertThat(found.get(1).style()).isEqualTo(CueStyle.PARTICIPLE);
        assertThat(speaker(text, found.get(1))).isEqualTo("The ministry");
    }

    @Test
    void reported_speech_may_contain_quoted_words() {
        Found found = single("He said the proposal was “dead on arrival” and would not pass.");
        assertThat(found.candidate().kind()).isEqualTo(StatementKind.REPORTED_SPEECH);
        assertThat(found.content()).isEqualTo("the proposal was “dead on arrival” and would not pass");
    }

    @Test
    void appositive_speaker_names_the_person_and_keeps_the_description() {
        Found found = single("Dmitry Peskov, a Kremlin spokesman, said the talks would continue.");
        assertThat(found.speaker()).isEqualTo("Dmitry Peskov, a Kremlin spokesman");
        assertThat(found.candidate().speaker()).isInstanceOfSatisfying(SpeakerPhrase.PersonName.class, person -> {
            assertThat(person.name()).isEqualTo("Dmitry Peskov");
            assertThat(person.affiliation().canonicalName()).isEqualTo("Russia");
        });
        assertThat(found.content()).isEqualTo("the talks would continue");
    }

    @Test
    void after_an_inverted_cue_a_description_named_by_its_apposition_is_that_person_and_the_cues_adjunct_dates_it() {
        Found analyst = single("“Prices will fall,” said the analyst, Petra Novak, on Thursday.");
        assertThat(analyst.speaker()).isEqualTo("the analyst, Petra Novak");
        assertThat(analyst.candidate().speaker()).isInstanceOfSatisfying(SpeakerPhrase.PersonName.class,
                person -> assertThat(person.name()).isEqualTo("Petra Novak"));
        assertThat(analyst.candidate().attribution()).endsWith("on Thursday");
        Found engineer = single("“We will win,” said the engineer, Lina Park.");
        assertThat(engineer.speaker()).as("no role noun: the name makes it a speaker").isEqualTo("the engineer, Lina Park");
        assertThat(engineer.content()).isEqualTo("We will win");
        Found backbencher = single("“We will not vote for it,” said John Smith, a backbencher, on Wednesday.");
        assertThat(backbencher.speaker()).isEqualTo("John Smith, a backbencher");
        assertThat(backbencher.candidate().attribution()).endsWith("on Wednesday");
        assertThat(StatementFinding.cued("“We will win,” said the engineer.")).as("a description alone that names no role").isEmpty();
    }

    @Test
    void role_phrase_with_preposition_is_one_speaker() {
        Found found = single("A spokesman for the ministry said the border would reopen on Friday.");
        assertThat(found.speaker()).isEqualTo("A spokesman for the ministry");
    }

    @Test
    void in_a_statement_belongs_to_the_attribution() {
        Found found = single("The company said in a statement that it would appeal the ruling.");
        assertThat(found.content()).isEqualTo("it would appeal the ruling");
        assertThat(found.candidate().attribution()).contains("in a statement");
    }

    @Test
    void relative_clause_stays_in_the_speaker_phrase() {
        Found found = single("Officials who spoke on condition of anonymity said the deal was close.");
        assertThat(found.speaker()).isEqualTo("Officials who spoke on condition of anonymity");
        assertThat(found.content()).isEqualTo("the deal was close");
    }

    @Test
    void cue_after_a_quote_names_the_speaker_and_the_trailing_comma_is_stripped() {
        String text = "“We can explore the possibility of progress,” the official said, referring to Geneva.";
        Found found = single(text);
        assertThat(found.content()).isEqualTo("We can explore the possibility of progress");
        assertThat(found.speaker()).isEqualTo("the official");
        assertThat(found.candidate().kind()).isEqualTo(StatementKind.DIRECT_QUOTE);
        assertThat(found.candidate().style()).isEqualTo(CueStyle.QUOTE_WITH_CUE);
    }

    @Test
    void quote_with_several_sentences_before_its_cue_is_one_statement() {
        Found found = single("“We are ready. We have always been ready. Ask them,” said Foreign Minister Sergei Lavrov on Monday.");
        assertThat(found.speaker()).isEqualTo("Foreign Minister Sergei Lavrov");
        assertThat(found.content()).isEqualTo("We are ready. We have always been ready. Ask them");
        assertThat(found.candidate().attribution()).contains("on Monday");
    }

    @Test
    void cue_before_a_quote_with_colon_or_that_names_the_speaker() {
        assertThat(single("The Kremlin said: «These demands are not negotiable.»").content())
                .isEqualTo("These demands are not negotiable.");
        Found carried = single("He added, though, that \"there will be no firm commitments made in these talks.”");
        assertThat(carried.speaker()).isEqualTo("He");
        assertThat(carried.cue()).isEqualTo("added");
        assertThat(carried.content()).isEqualTo("there will be no firm commitments made in these talks.");
    }

    @Test
    void quote_in_the_sentence_after_a_cue_with_colon_is_its_content() {
        Found found = single("The senator then added:\n“We will not vote for this bill in any form.”");
        assertThat(found.speaker()).isEqualTo("The senator");
        assertThat(found.content()).isEqualTo("We will not vote for this bill in any form.");
    }

    @Test
    void demanded_and_rejected_are_not_speech_verbs() {
        assertThat(StatementFinding.cued("Russia has demanded binding promises that NATO will not expand.")).isEmpty();
        assertThat(StatementFinding.cued("The U.S. and NATO have rejected those demands out of hand.")).isEmpty();
    }

    @Test
    void nouns_infinitives_passives_and_empty_objects_are_not_reported_speech() {
        assertThat(StatementFinding.cued("The demands said nothing new about the talks.")).isEmpty();
        assertThat(StatementFinding.cued("The comments were the first to suggest a willingness to compromise.")).isEmpty();
        assertThat(StatementFinding.cued("Trump’s claims about the election were false, and the reports were wrong.")).isEmpty();
        assertThat(StatementFinding.cued("The minister was told the border would stay closed.")).isEmpty();
    }

    @Test
    void cue_words_inside_a_quotation_are_not_cues() {
        String text = "“I think the deal is dead and everybody knows it,” the senator said.";
        assertThat(StatementFinding.cued(text)).singleElement()
                .satisfies(candidate -> assertThat(speaker(text, candidate)).isEqualTo("the senator"));
    }

    @Test
    void offsets_point_into_the_whole_text_not_the_sentence() {
        String text = "Paris was calm. The minister said that the border would stay closed.";
        SpeechCandidate candidate = StatementFinding.cued(text).get(0);
        assertThat(content(text, candidate)).isEqualTo("the border would stay closed");
        assertThat(text.substring(candidate.cueSpan().start(), candidate.cueSpan().end())).isEqualTo("said");
    }

    @Test
    void a_poll_shows_its_finding_without_that_but_a_video_needs_it() {
        assertThat(single("A new poll shows Clinton leading by five points.").content()).isEqualTo("Clinton leading by five points");
        assertThat(StatementFinding.cued("The video shows him falling off the stage.")).isEmpty();
    }

    @Test
    void name_and_colon_opening_a_sentence_is_an_attribution() {
        Found found = single("Reid: ‘Never, ever underestimate Trump.’");
        assertThat(found.speaker()).isEqualTo("Reid");
        assertThat(found.cue()).isEqualTo(":");
        assertThat(found.content()).isEqualTo("Never, ever underestimate Trump.");
        assertThat(StatementFinding.cued("Update: The story was corrected after publication.")).isEmpty();
    }

    @Test
    void according_to_after_an_introductory_clause_attributes_the_main_clause() {
        Found found = single("While most were classified, according to a State Department official, two were secret.");
        assertThat(found.speaker()).isEqualTo("a State Department official");
        assertThat(found.content()).isEqualTo("two were secret");
    }

    @Test
    void speaker_noun_with_a_prepositional_phrase_is_found_whole() {
        Found lawyer = single("A lawyer for the news outlets said the case would go on.");
        assertThat(lawyer.speaker()).isEqualTo("A lawyer for the news outlets");
        assertThat(lawyer.content()).isEqualTo("the case would go on");
        assertThat(single("Experts on North Korea and nuclear nonproliferation said the test could change that.").speaker())
                .isEqualTo("Experts on North Korea and nuclear nonproliferation");
    }

    private static Found single(String text) {
        List<SpeechCandidate> found = StatementFinding.cued(text);
        assertThat(found).as("statements in: %s", text).hasSize(1);
        SpeechCandidate candidate = found.get(0);
        return new Found(candidate, speaker(text, candidate), candidate.cue(), content(text, candidate));
    }

    private record Found(SpeechCandidate candidate, String speaker, String cue, String content) {
    }
}
