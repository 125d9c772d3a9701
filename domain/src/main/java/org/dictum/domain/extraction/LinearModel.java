package org.dictum.domain.extraction;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of a linear classifier over string features, hashed into a fixed number of slots (the feature names are
 * not kept, so the file holds statistics only). Stored as gzipped (slot, weight) pairs of the non-zero weights.
 */
final class LinearModel {

    static final int SLOTS = 1 << 20;
    private static final int FORMAT = 1;

    private final float[] weights;

    LinearModel(float[] weights) {
        if (weights.length != SLOTS) {
            throw new IllegalArgumentException("expected " + SLOTS + " weights, got " + weights.length);
        }
        this.weights = weights;
    }

    static int slot(String feature) {
        return feature.hashCode() & (SLOTS - 1);
    }

    double score(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights[slot(feature)];
        }
        return sum;
    }

    /** The model on the class path under {@code resourceName}, if the build trained one. */
    static Optional<LinearModel> fromResource(String resourceName) {
        InputStream in = LinearModel.class.getResourceAsStream(resourceName);
        if (in == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resourceName, e);
        }
    }

    static LinearModel read(InputStream in) throws IOException {
        try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
            if (data.readInt() != FORMAT) {
                throw new IOException("unknown model format");
            }
            float[] weights = new float[SLOTS];
            int count = data.readInt();
            for (int i = 0; i < count; i++) {
                weights[data.readInt()] = data.readFloat();
            }
            return new LinearModel(weights);
        }
    }

    void write(OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeInt(FORMAT);
            int count = 0;
            for (float weight : weights) {
                count += weight != 0 ? 1 : 0;
            }
            data.writeInt(count);
            for (int i = 0; i < SLOTS; i++) {
                if (weights[i] != 0) {
                    data.writeInt(i);
                    data.writeFloat(weights[i]);
                }
            }
        }
    }
}
