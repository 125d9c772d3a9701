package org.dictum.domain.topic.learning;

/**
 * A feature vector that stores only its non-zero entries, indices ascending. The arrays are owned
 * by the vector: callers never modify them.
 */
record SparseVector(int[] indices, float[] values) {

    SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
    }

    double dot(double[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += weights[indices[i]] * values[i];
        }
        return sum;
    }

    /** {@code weights += factor * this}. */
    void addTo(double[] weights, double factor) {
        for (int i = 0; i < indices.length; i++) {
            weights[indices[i]] += factor * values[i];
        }
    }

    double squaredNorm() {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return sum;
    }
}
