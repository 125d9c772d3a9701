package org.dictum.domain.topic.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dictum.domain.topic.text.TextAnalyzer;

/**
 * Teaches a {@link LearnedTopicTagger} the topics of labelled texts, so that an archive learns
 * its own topics from the articles librarians have tagged.
 *
 * <p>Method: the texts are analysed ({@link TextAnalyzer}) into TF-IDF unigram and bigram
 * vectors; one linear SVM per label separates the label's texts from all others. Each label's
 * decision threshold is tuned for F1 on a held-out share of the examples, using models trained on
 * the rest; the final models are then trained on all examples and keep those thresholds. A seeded
 * shuffle makes the split and the training order, and so the whole model, reproducible.
 */
public final class TopicClassifierTrainer {

    /**
     * @param cost                 SVM regularisation C (1 suits unit-length TF-IDF vectors)
     * @param minDocumentFrequency features seen in fewer training texts are ignored
     * @param heldOutShare         share of the examples used to tune thresholds, 0 for threshold 0
     * @param seed                 seed of the held-out split and of the training order
     * @param maxIterations        passes of the SVM solver over the data at most
     */
    public record Settings(double cost, int minDocumentFrequency, double heldOutShare, long seed, int maxIterations) {

        public Settings {
            if (heldOutShare < 0 || heldOutShare >= 1) {
                throw new IllegalArgumentException("heldOutShare must be in [0, 1)");
            }
            if (minDocumentFrequency < 1) {
                throw new IllegalArgumentException("minDocumentFrequency must be at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(1.0, 2, 0.2, 20_260_101L, 200);
        }

        public Settings withHeldOutShare(double share) {
            return new Settings(cost, minDocumentFrequency, share, seed, maxIterations);
        }

        public Settings withCost(double newCost) {
            return new Settings(newCost, minDocumentFrequency, heldOutShare, seed, maxIterations);
        }

        public Settings withMinDocumentFrequency(int frequency) {
            return new Settings(cost, frequency, heldOutShare, seed, maxIterations);
        }
    }

    private final Settings settings;
    private final TextAnalyzer analyzer = TextAnalyzer.english();

    public TopicClassifierTrainer(Settings settings) {
        this.settings = settings;
    }

    /** A tagger for every label that occurs in the examples. */
    public LearnedTopicTagger train(List<LabelledText> examples) {
        SortedSet<String> labels = new TreeSet<>();
        examples.forEach(example -> labels.addAll(example.labels()));
        return train(examples, labels);
    }

    /** A tagger for the given labels; other labels of the examples are ignored. */
    public LearnedTopicTagger train(List<LabelledText> examples, Collection<String> labels) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("At least one example is needed");
        }
        List<String> sortedLabels = new ArrayList<>(new TreeSet<>(labels));
        List<List<String>> terms = examples.stream().map(example -> analyzer.terms(example.text())).toList();
        double[] thresholds = tunedThresholds(examples, terms, sortedLabels);

        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(terms, settings.minDocumentFrequency());
        List<SparseVector> vectors = terms.stream().map(vectorizer::vectorize).toList();
        List<LearnedTopicTagger.LabelModel> models = new ArrayList<>();
        for (int l = 0; l < sortedLabels.size(); l++) {
            String label = sortedLabels.get(l);
            LinearSvm.Model model = svm().train(vectors, truth(examples, label, null), vectorizer.dimensions());
            models.add(new LearnedTopicTagger.LabelModel(label, model, thresholds[l]));
        }
        return new LearnedTopicTagger(analyzer, vectorizer, models);
    }

    private double[] tunedThresholds(List<LabelledText> examples, List<List<String>> terms, List<String> labels) {
        double[] thresholds = new double[labels.size()];
        int heldOut = (int) Math.round(examples.size() * settings.heldOutShare());
        if (heldOut == 0 || heldOut == examples.size()) {
            return thresholds;
        }
        int[] order = shuffledIndices(examples.size());
        int[] tuning = Arrays.copyOfRange(order, 0, heldOut);
        int[] fitting = Arrays.copyOfRange(order, heldOut, order.length);

        List<List<String>> fittingTerms = Arrays.stream(fitting).mapToObj(terms::get).toList();
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(fittingTerms, settings.minDocumentFrequency());
        List<SparseVector> fittingVectors = fittingTerms.stream().map(vectorizer::vectorize).toList();
        List<SparseVector> tuningVectors = Arrays.stream(tuning).mapToObj(i -> vectorizer.vectorize(terms.get(i))).toList();
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            LinearSvm.Model model = svm().train(fittingVectors, truth(examples, label, fitting), vectorizer.dimensions());
            double[] scores = tuningVectors.stream().mapToDouble(model::score).toArray();
            thresholds[l] = ThresholdTuning.bestF1Threshold(scores, truth(examples, label, tuning));
        }
        return thresholds;
    }

    private LinearSvm svm() {
        return new LinearSvm(settings.cost(), settings.maxIterations(), settings.seed());
    }

    /** Whether each example (or each of {@code subset}, when given) carries the label. */
    private static boolean[] truth(List<LabelledText> examples, String label, int[] subset) {
        int n = subset == null ? examples.size() : subset.length;
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            positive[i] = examples.get(subset == null ? i : subset[i]).labels().contains(label);
        }
        return positive;
    }

    private int[] shuffledIndices(int n) {
        List<Integer> indices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, new Random(settings.seed()));
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }
}
