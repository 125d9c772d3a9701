package org.dictum.bench.topics;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dictum.bench.Evaluation;
import org.dictum.bench.EvaluationReport;
import org.dictum.bench.EvaluationReport.Metric;
import org.dictum.domain.topic.learning.LabelledText;
import org.dictum.domain.topic.learning.LearnedTopicTagger;
import org.dictum.domain.topic.learning.TopicClassifierTrainer;

/**
 * The learned topic tagger on Reuters-21578, ModApte split (see {@link ReutersModApte}), for the
 * ten most frequent topics: trained on TRAIN with default settings, scored on TEST.
 */
public final class TopicEvaluation implements Evaluation {

    /** The ten most frequent ModApte topics, by number of training stories. */
    static final List<String> TOP_TEN =
            List.of("earn", "acq", "money-fx", "grain", "crude", "trade", "interest", "ship", "wheat", "corn");

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public String dataset() {
        return "reuters21578";
    }

    @Override
    public EvaluationReport run(Path dataDir) throws Exception {
        ReutersModApte corpus = ReutersModApte.read(dataDir);
        Set<String> kept = Set.copyOf(TOP_TEN);
        List<LabelledText> train = corpus.train().stream().map(story -> story.labelled(kept)).toList();

        TopicClassifierTrainer.Settings settings = TopicClassifierTrainer.Settings.defaults();
        long started = System.nanoTime();
        LearnedTopicTagger tagger = new TopicClassifierTrainer(settings).train(train, TOP_TEN);
        double trainingSeconds = (System.nanoTime() - started) / 1e9;

        MultiLabelScores scores = new MultiLabelScores(TOP_TEN);
        int[] goldTestCounts = new int[TOP_TEN.size()];
        for (ReutersModApte.Story story : corpus.test()) {
            LabelledText gold = story.labelled(kept);
            scores.add(gold.labels(), tagger.tag(story.text()));
            for (int i = 0; i < TOP_TEN.size(); i++) {
                goldTestCounts[i] += gold.labels().contains(TOP_TEN.get(i)) ? 1 : 0;
            }
        }

        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("micro precision", scores.microPrecision(), ""));
        metrics.add(new Metric("micro recall", scores.microRecall(), ""));
        metrics.add(new Metric("micro F1", scores.microF1(), "≥ 0.88"));
        metrics.add(new Metric("macro F1", scores.macroF1(), ""));
        for (String topic : TOP_TEN) {
            metrics.add(new Metric("F1 " + topic, scores.f1(topic), ""));
        }
        metrics.add(new Metric("training time (s)", trainingSeconds, ""));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        tagger.writeTo(model);
        metrics.add(new Metric("model file (MB)", model.size() / 1e6, ""));

        long trainWithTopTen = train.stream().filter(example -> !example.labels().isEmpty()).count();
        long testWithTopTen = corpus.test().stream().filter(story -> !story.labelled(kept).labels().isEmpty()).count();
        List<String> notes = List.of(
                String.format(Locale.ROOT, "ModApte: %d TRAIN and %d TEST stories with at least one topic (any of the 135);"
                                + " %d and %d of them carry one of the ten topics, the others are negatives for all ten",
                        corpus.train().size(), corpus.test().size(), trainWithTopTen, testWithTopTen),
                "gold TEST stories per topic: " + perTopic(goldTestCounts),
                String.format(Locale.ROOT, "one-vs-rest linear SVM (dual coordinate descent) on TF-IDF unigrams+bigrams of"
                                + " Porter stems, C=%s, min df=%d, thresholds tuned for F1 on %.0f%% of TRAIN held out, seed %d;"
                                + " %d features; text = title + body",
                        settings.cost(), settings.minDocumentFrequency(), settings.heldOutShare() * 100, settings.seed(),
                        tagger.featureCount()));
        return new EvaluationReport(name(), dataset(), metrics, notes);
    }

    private static String perTopic(int[] counts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < TOP_TEN.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(TOP_TEN.get(i)).append(' ').append(counts[i]);
        }
        return out.toString();
    }
}
