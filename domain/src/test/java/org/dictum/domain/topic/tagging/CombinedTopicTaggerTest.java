package org.dictum.domain.topic.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CombinedTopicTaggerTest {

    @Test
    void gives_the_union_of_its_taggers_topics() {
        TopicTagger rules = text -> Set.of("Trade");
        TopicTagger learned = text -> Set.of("Trade", "Tariffs & trade disputes");

        assertThat(new CombinedTopicTagger(List.of(rules, learned, TopicTagger.none())).tag("x"))
                .containsExactly("Tariffs & trade disputes", "Trade");
    }
}
