package org.dictum.domain.topic.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps analysed terms to TF-IDF vectors over unigrams and bigrams (adjacent content words,
 * stopwords already removed): weight {@code (1 + ln tf) * idf} with smoothed
 * {@code idf = ln((1 + N) / (1 + df)) + 1}, then scaled to unit length. The vocabulary keeps the
 * features seen in at least {@code minDocumentFrequency} training documents, indexed in
 * alphabetical order so that the same data always gives the same model. Immutable.
 */
final class TfIdfVectorizer {

    private final Map<String, Integer> index;
    private final List<String> features;
    private final float[] idf;

    TfIdfVectorizer(List<String> features, float[] idf) {
        if (features.size() != idf.length) {
            throw new IllegalArgumentException("one idf per feature expected");
        }
        this.features = List.copyOf(features);
        this.idf = idf.clone();
        this.index = new HashMap<>(features.size() * 2);
        for (int i = 0; i < features.size(); i++) {
            index.put(features.get(i), i);
        }
    }

    static TfIdfVectorizer fit(List<List<String>> documents, int minDocumentFrequency) {
        Map<String, Integer> documentFrequency = new TreeMap<>();
        for (List<String> terms : documents) {
            for (String feature : new HashSet<>(featuresOf(terms))) {
                documentFrequency.merge(feature, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>();
        List<Integer> keptFrequencies = new ArrayList<>();
        documentFrequency.forEach((feature, df) -> {
            if (df >= minDocumentFrequency) {
                kept.add(feature);
                keptFrequencies.add(df);
            }
        });
        float[] idf = new float[kept.size()];
        double n = documents.size();
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1 + n) / (1 + keptFrequencies.get(i))) + 1);
        }
        return new TfIdfVectorizer(kept, idf);
    }

    /** Unigrams, then bigrams written "first second". */
    static List<String> featuresOf(List<String> terms) {
        List<String> result = new ArrayList<>(terms.size() * 2);
        result.addAll(terms);
        for (int i = 1; i < terms.size(); i++) {
            result.add(terms.get(i - 1) + ' ' + terms.get(i));
        }
        return result;
    }

    SparseVector vectorize(List<String> terms) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String feature : featuresOf(terms)) {
            Integer id = index.get(feature);
            if (id != null) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[indices.length];
        double squaredNorm = 0;
        for (int i = 0; i < indices.length; i++) {
            double weight = (1 + Math.log(counts.get(indices[i]))) * idf[indices[i]];
            values[i] = (float) weight;
            squaredNorm += weight * weight;
        }
        if (squaredNorm > 0) {
            float norm = (float) Math.sqrt(squaredNorm);
            for (int i = 0; i < values.length; i++) {
                values[i] /= norm;
            }
        }
        return new SparseVector(indices, values);
    }

    int dimensions() {
        return features.size();
    }

    List<String> features() {
        return features;
    }

    float[] idf() {
        return Arrays.copyOf(idf, idf.length);
    }

    /** The features this vectorizer knows, for tests and diagnostics. */
    Set<String> vocabulary() {
        return index.keySet();
    }
}
