package org.dictum.domain.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dictum.domain.ConflictException;
import org.junit.jupiter.api.Test;

class TopicLabelsTest {

    private final InMemoryTopicRepository topics = new InMemoryTopicRepository();
    private final TopicLabels labels = new TopicLabels(topics);

    @Test
    void a_label_another_topic_has_is_refused_exactly_or_in_other_case() {
        topics.save(new Topic("Economy"));

        assertThatThrownBy(() -> labels.requireFree("Economy", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'Economy' belongs to topic").hasMessageContaining("code economy");
        assertThatThrownBy(() -> labels.requireFree(" ECONOMY ", null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'ECONOMY' differs only in case from topic").hasMessageContaining("('Economy', code economy)");
    }

    @Test
    void a_topic_may_keep_its_label_or_change_its_case() {
        Topic economy = topics.save(new Topic("Economy"));

        labels.requireFree("Economy", economy);
        labels.requireFree("ECONOMY", economy);
    }

    @Test
    void alternative_labels_are_not_taken_and_a_topic_giving_up_its_label_frees_it() {
        Topic economy = topics.save(new Topic("Economy"));
        economy.addAltLabel("Markets");

        assertThat(labels.conflict("markets", topic -> false)).isEmpty();
        assertThat(labels.conflict("economy", topic -> topic == economy)).isEmpty();
        assertThat(labels.conflict("economy", topic -> false)).isPresent();
    }
}
