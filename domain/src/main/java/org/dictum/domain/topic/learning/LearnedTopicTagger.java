package org.dictum.domain.topic.learning;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dictum.domain.topic.tagging.TopicTagger;
import org.dictum.domain.topic.text.TextAnalyzer;

/**
 * A topic classifier learned from labelled texts: one linear model per label over TF-IDF features
 * (one-vs-rest), each with its own decision threshold. A text gets every label whose score exceeds
 * that label's threshold. Made by {@link TopicClassifierTrainer}; saved and loaded as a small
 * gzip-compressed binary file. Immutable and thread-safe.
 */
public final class LearnedTopicTagger implements TopicTagger {

    private static final int MAGIC = 0x44544331; // "DTC1"
    private static final int FORMAT_VERSION = 1;

    private final TextAnalyzer analyzer;
    private final TfIdfVectorizer vectorizer;
    private final List<LabelModel> models;

    /** One label's linear model and the score above which the label is given. */
    record LabelModel(String label, LinearSvm.Model model, double threshold) {
    }

    LearnedTopicTagger(TextAnalyzer analyzer, TfIdfVectorizer vectorizer, List<LabelModel> models) {
        this.analyzer = analyzer;
        this.vectorizer = vectorizer;
        this.models = List.copyOf(models);
    }

    @Override
    public Set<String> tag(String text) {
        SparseVector x = vectorizer.vectorize(analyzer.terms(text));
        Set<String> labels = new TreeSet<>();
        for (LabelModel label : models) {
            if (label.model().score(x) > label.threshold()) {
                labels.add(label.label());
            }
        }
        return labels;
    }

    /** Each label's score minus its threshold: positive means the label is given. In label order. */
    public Map<String, Double> margins(String text) {
        SparseVector x = vectorizer.vectorize(analyzer.terms(text));
        Map<String, Double> margins = new LinkedHashMap<>();
        for (LabelModel label : models) {
            margins.put(label.label(), label.model().score(x) - label.threshold());
        }
        return margins;
    }

    /** The labels this tagger can give, sorted. */
    public List<String> labels() {
        return models.stream().map(LabelModel::label).toList();
    }

    /** The decision threshold tuned for {@code label}. */
    public double threshold(String label) {
        return models.stream().filter(m -> m.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown label " + label)).threshold();
    }

    public int featureCount() {
        return vectorizer.dimensions();
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(out);
        }
    }

    public static LearnedTopicTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readFrom(in);
        }
    }

    /** Writes the model; the stream is finished (gzip trailer written) but not closed. */
    public void writeTo(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(stream);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        List<String> features = vectorizer.features();
        float[] idf = vectorizer.idf();
        out.writeInt(features.size());
        for (int i = 0; i < features.size(); i++) {
            out.writeUTF(features.get(i));
            out.writeFloat(idf[i]);
        }
        out.writeInt(models.size());
        for (LabelModel label : models) {
            out.writeUTF(label.label());
            out.writeDouble(label.threshold());
            out.writeFloat(label.model().bias());
            for (float weight : label.model().weights()) {
                out.writeFloat(weight);
            }
        }
        out.flush();
        gzip.finish();
    }

    public static LearnedTopicTagger readFrom(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream)));
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a Dictum topic model");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("Topic model format " + version + " is not supported (expected " + FORMAT_VERSION + ")");
        }
        int featureCount = in.readInt();
        List<String> features = new ArrayList<>(featureCount);
        float[] idf = new float[featureCount];
        for (int i = 0; i < featureCount; i++) {
            features.add(in.readUTF());
            idf[i] = in.readFloat();
        }
        int labelCount = in.readInt();
        List<LabelModel> models = new ArrayList<>(labelCount);
        for (int l = 0; l < labelCount; l++) {
            String label = in.readUTF();
            double threshold = in.readDouble();
            float bias = in.readFloat();
            float[] weights = new float[featureCount];
            for (int i = 0; i < featureCount; i++) {
                weights[i] = in.readFloat();
            }
            models.add(new LabelModel(label, new LinearSvm.Model(weights, bias), threshold));
        }
        return new LearnedTopicTagger(TextAnalyzer.english(), new TfIdfVectorizer(features, idf), models);
    }
}
