package org.dictum.bench.topics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dictum.domain.topic.learning.LabelledText;
import org.dictum.domain.topic.learning.LearnedTopicTagger;
import org.dictum.domain.topic.learning.TopicClassifierTrainer;

/**
 * Trains the topic classifier on the Reuters-21578 ModApte TRAIN stories (ten most frequent
 * topics) and saves it, e.g. to try {@code dictum.topics.model-file}:
 * {@code TrainTopicModel [--data DIR] model-file}. The model carries Reuters' topic codes as labels.
 */
public final class TrainTopicModel {

    private TrainTopicModel() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("../shared/data");
        Path model = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else {
                model = Path.of(args[i]);
            }
        }
        if (model == null) {
            System.err.println("usage: TrainTopicModel [--data DIR] model-file");
            System.exit(2);
        }
        Set<String> kept = Set.copyOf(TopicEvaluation.TOP_TEN);
        List<LabelledText> train = ReutersModApte.read(data).train().stream().map(story -> story.labelled(kept)).toList();
        LearnedTopicTagger tagger = new TopicClassifierTrainer(TopicClassifierTrainer.Settings.defaults())
                .train(train, TopicEvaluation.TOP_TEN);
        tagger.save(model);
        System.out.printf(Locale.ROOT, "Saved %s: %d labels, %d features, %d bytes%n", model, tagger.labels().size(),
                tagger.featureCount(), Files.size(model));
    }
}
