package org.dictum.domain.topic.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicClassifierTrainerTest {

    private static final List<LabelledText> EXAMPLES = ToyCorpus.examples(120, 7);
    private final TopicClassifierTrainer trainer = new TopicClassifierTrainer(TopicClassifierTrainer.Settings.defaults());

    @Test
    void learns_the_topics_of_a_toy_corpus_and_tags_unseen_texts() {
        LearnedTopicTagger tagger = trainer.train(EXAMPLES);

        assertThat(tagger.labels()).containsExactly("elections", "energy", "sport");
        assertThat(tagger.tag("Crude prices rose as the refinery and the pipeline reopened, officials said."))
                .containsExactly("energy");
        assertThat(tagger.tag("The striker scored a late goal and the team won the league."))
                .containsExactly("sport");
        assertThat(tagger.tag("Voters went to the polls; turnout was high and the candidate conceded."))
                .containsExactly("elections");
        assertThat(tagger.tag("Candidates campaigned on petroleum prices, promising cheaper gasoline to voters at the ballot."))
                .containsExactlyInAnyOrder("elections", "energy");
    }

    @Test
    void held_out_examples_are_tagged_almost_perfectly() {
        LearnedTopicTagger tagger = trainer.train(EXAMPLES);
        List<LabelledText> unseen = ToyCorpus.examples(60, 99);

        long exact = unseen.stream().filter(example -> tagger.tag(example.text()).equals(example.labels())).count();

        assertThat(exact).isGreaterThanOrEqualTo(55);
    }

    @Test
    void training_twice_on_the_same_examples_gives_the_same_model_byte_for_byte() throws IOException {
        assertThat(bytes(trainer.train(EXAMPLES))).isEqualTo(bytes(trainer.train(EXAMPLES)));
    }

    @Test
    void a_different_seed_changes_the_held_out_split_and_so_the_thresholds() {
        TopicClassifierTrainer otherSeed = new TopicClassifierTrainer(new TopicClassifierTrainer.Settings(1.0, 2, 0.2, 1L, 200));

        assertThat(otherSeed.train(EXAMPLES).threshold("energy")).isNotEqualTo(trainer.train(EXAMPLES).threshold("energy"));
    }

    @Test
    void a_saved_model_loads_back_with_the_same_decisions_and_margins() throws IOException {
        LearnedTopicTagger tagger = trainer.train(EXAMPLES);

        LearnedTopicTagger loaded = LearnedTopicTagger.readFrom(new ByteArrayInputStream(bytes(tagger)));

        for (LabelledText example : ToyCorpus.examples(20, 5)) {
            assertThat(loaded.tag(example.text())).isEqualTo(tagger.tag(example.text()));
            assertThat(loaded.margins(example.text())).isEqualTo(tagger.margins(example.text()));
        }
        assertThat(loaded.labels()).isEqualTo(tagger.labels());
    }

    @Test
    void without_a_held_out_share_every_threshold_is_zero() {
        LearnedTopicTagger tagger = new TopicClassifierTrainer(TopicClassifierTrainer.Settings.defaults().withHeldOutShare(0))
                .train(EXAMPLES);

        assertThat(tagger.labels()).allSatisfy(label -> assertThat(tagger.threshold(label)).isZero());
    }

    @Test
    void labels_can_be_restricted_and_examples_without_them_are_negatives() {
        LearnedTopicTagger tagger = trainer.train(EXAMPLES, Set.of("sport"));

        assertThat(tagger.labels()).containsExactly("sport");
        assertThat(tagger.tag("The opec oil barrel price")).isEmpty();
    }

    @Test
    void a_file_that_is_not_a_model_is_refused() throws IOException {
        ByteArrayOutputStream notAModel = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(notAModel)) {
            gzip.write("hello, world".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> LearnedTopicTagger.readFrom(new ByteArrayInputStream(notAModel.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("Not a Dictum topic model");
    }

    private static byte[] bytes(LearnedTopicTagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.writeTo(out);
        return out.toByteArray();
    }
}
