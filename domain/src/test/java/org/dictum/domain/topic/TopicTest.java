package org.dictum.domain.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicTest {

    @Test
    void labels_are_kept_composed_and_found_in_either_form() {
        Topic economy = new Topic("E\u0301conomie");
        assertThat(economy.getLabel()).isEqualTo("\u00c9conomie");
        assertThat(Topic.normalLabel(" E\u0301conomie ")).isEqualTo("\u00c9conomie");

        economy.rename("E\u0301conomie politique");
        assertThat(economy.getLabel()).isEqualTo("\u00c9conomie politique");
        assertThat(economy.getAltLabels()).containsExactly("\u00c9conomie");
        assertThat(economy.isCalled("\u00e9conomie")).isTrue();
        assertThat(economy.isCalled("e\u0301conomie")).isTrue();

        economy.removeAltLabel("E\u0301conomie");
        assertThat(economy.getAltLabels()).isEmpty();
    }

    @Test
    void runs_of_white_space_inside_a_label_are_one_space_so_that_both_spellings_are_one_label() {
        Topic policy = new Topic(" Foreign  policy ");
        assertThat(policy.getLabel()).isEqualTo("Foreign policy");
        assertThat(Topic.normalLabel("Foreign\u00a0\tpolicy")).isEqualTo("Foreign policy");
        assertThat(policy.isCalled("foreign   policy")).isTrue();

        policy.addAltLabel("External   affairs");
        assertThat(policy.getAltLabels()).containsExactly("External affairs");
    }

    @Test
    void a_topic_cannot_be_placed_under_itself_or_any_descendant() {
        Topic politics = new Topic("Politics");
        Topic security = new Topic("Security & Defence", politics);
        Topic exercises = new Topic("Military exercises", security);

        assertThatThrownBy(() -> politics.placeUnder(exercises)).isInstanceOf(TaxonomyCycleException.class);
        assertThatThrownBy(() -> politics.placeUnder(politics)).isInstanceOf(TaxonomyCycleException.class);
        assertThat(politics.getParent()).isEmpty();
        assertThat(exercises.getParent()).contains(security);
    }

    @Test
    void a_topic_can_move_to_another_branch_and_back_to_the_top() {
        Topic politics = new Topic("Politics");
        Topic economy = new Topic("Economy");
        Topic sanctions = new Topic("Sanctions", politics);

        sanctions.placeUnder(economy);
        assertThat(sanctions.getParent()).contains(economy);
        sanctions.placeUnder(null);
        assertThat(sanctions.getParent()).isEmpty();
    }

    @Test
    void the_code_is_derived_from_the_label_when_not_given() {
        assertThat(new Topic("Security & Defence").getCode()).isEqualTo(new TopicCode("security-and-defence"));
        assertThat(new Topic("Crude oil", new TopicCode("crude")).getCode().value()).isEqualTo("crude");
    }

    @Test
    void renaming_keeps_the_old_label_as_an_alternative() {
        Topic topic = new Topic("Oil");
        topic.addAltLabel("Crude oil");

        topic.rename("Crude oil");

        assertThat(topic.getLabel()).isEqualTo("Crude oil");
        assertThat(topic.getAltLabels()).containsExactly("Oil");
        assertThat(topic.getCode().value()).isEqualTo("oil");
    }

    @Test
    void alternative_labels_are_trimmed_never_equal_the_label_and_can_be_removed() {
        Topic topic = new Topic("Elections");
        topic.addAltLabel(" Vote ");
        topic.addAltLabel("Elections");

        assertThat(topic.getAltLabels()).containsExactly("Vote");
        topic.removeAltLabel("Vote");
        assertThat(topic.getAltLabels()).isEmpty();
        assertThatThrownBy(() -> topic.addAltLabel(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_topic_is_called_by_its_label_or_alternative_labels_ignoring_case() {
        Topic topic = new Topic("Currencies");
        topic.addAltLabel("Foreign exchange");

        assertThat(topic.isCalled("currencies")).isTrue();
        assertThat(topic.isCalled(" FOREIGN EXCHANGE ")).isTrue();
        assertThat(topic.isCalled("money")).isFalse();
    }

    @Test
    void a_blank_scope_note_clears_it_and_an_overlong_one_is_refused() {
        Topic topic = new Topic("Trade");
        topic.describeScope("  Trade between countries. ");
        assertThat(topic.getScopeNote()).contains("Trade between countries.");

        topic.describeScope(" ");
        assertThat(topic.getScopeNote()).isEmpty();
        assertThatThrownBy(() -> topic.describeScope("x".repeat(2001))).isInstanceOf(IllegalArgumentException.class);
    }
}
