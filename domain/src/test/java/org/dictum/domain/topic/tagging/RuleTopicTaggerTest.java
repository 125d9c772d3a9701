package org.dictum.domain.topic.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dictum.domain.topic.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class RuleTopicTaggerTest {

    private static final String FILLER = "The weather was mild and the streets were quiet that afternoon. ".repeat(8);

    private final RuleTopicTagger tagger = new RuleTopicTagger(List.of(
            new TopicRule("Sanctions", List.of("sanction", "embargo")),
            new TopicRule("Military exercises", List.of("military exercise", "war game")),
            new TopicRule("Security & Defence", List.of("Security & Defence", "military")),
            new TopicRule("Crude oil", List.of("crude", "oil price")),
            new TopicRule("Energy", List.of("oil"))));

    @Test
    void terms_match_whatever_the_word_endings_and_case() {
        assertThat(tagger.tag("Sanctions were imposed.")).containsExactly("Sanctions");
        assertThat(tagger.tag("NATO's Military Exercises near the border")).containsExactly("Military exercises");
        assertThat(tagger.tag("War-gaming the response")).containsExactly("Military exercises");
    }

    @Test
    void stopwords_and_punctuation_inside_a_phrase_do_not_matter() {
        assertThat(tagger.tag("A new minister of security and defence was named.")).containsExactly("Security & Defence");
    }

    @Test
    void after_the_lead_a_topic_needs_two_occurrences() {
        assertThat(tagger.tag(FILLER + "An embargo was discussed.")).isEmpty();
        assertThat(tagger.tag(FILLER + "An embargo was discussed. Sanctioning banks was also considered.")).containsExactly("Sanctions");
    }

    @Test
    void one_occurrence_in_the_lead_is_enough() {
        assertThat(tagger.tag("EU agrees embargo. " + FILLER)).containsExactly("Sanctions");
    }

    @Test
    void the_longest_matching_phrase_takes_the_occurrence() {
        assertThat(tagger.tag("Oil prices fell.")).containsExactly("Crude oil");
        assertThat(tagger.tag("Oil was spilled.")).containsExactly("Energy");
    }

    @Test
    void a_phrase_matches_only_as_consecutive_words() {
        assertThat(tagger.tag("The war ended and the games began.")).isEmpty();
    }

    @Test
    void thresholds_are_settings() {
        RuleTopicTagger strict = new RuleTopicTagger(List.of(new TopicRule("Sanctions", List.of("sanction"))),
                TextAnalyzer.english(), 3, 0);

        assertThat(strict.tag("Sanctions, sanctions.")).isEmpty();
        assertThat(strict.tag("Sanctions, sanctions, sanctions.")).containsExactly("Sanctions");
    }
}
