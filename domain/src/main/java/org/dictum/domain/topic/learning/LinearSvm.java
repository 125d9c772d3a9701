package org.dictum.domain.topic.learning;

import java.util.List;
import java.util.Random;

/**
 * Trains one binary linear support vector machine: L2-regularised, squared hinge loss, solved in
 * the dual by coordinate descent (Hsieh et al., ICML 2008, the method of LIBLINEAR's default
 * solver), with a bias feature of constant 1. The visiting order is shuffled with a fixed seed,
 * so the same data always give the same weights.
 */
final class LinearSvm {

    private static final double TOLERANCE = 0.1;

    private final double cost;
    private final int maxIterations;
    private final long seed;

    /**
     * @param cost          C: the larger, the less regularisation
     * @param maxIterations passes over the data at most
     * @param seed          seed of the visiting order
     */
    LinearSvm(double cost, int maxIterations, long seed) {
        if (cost <= 0 || maxIterations < 1) {
            throw new IllegalArgumentException("cost must be positive and maxIterations at least 1");
        }
        this.cost = cost;
        this.maxIterations = maxIterations;
        this.seed = seed;
    }

    /** Weights for {@code dimensions} features; the score of x is {@code weights · x + bias}. */
    record Model(float[] weights, float bias) {

        double score(SparseVector x) {
            return x.dot(weights) + bias;
        }
    }

    Model train(List<SparseVector> examples, boolean[] positive, int dimensions) {
        int n = examples.size();
        double diagonal = 0.5 / cost;
        double[] w = new double[dimensions];
        double bias = 0;
        double[] alpha = new double[n];
        double[] qd = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            qd[i] = examples.get(i).squaredNorm() + 1 + diagonal;
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            shuffle(order, random);
            double maxProjectedGradient = Double.NEGATIVE_INFINITY;
            double minProjectedGradient = Double.POSITIVE_INFINITY;
            for (int i : order) {
                SparseVector x = examples.get(i);
                int y = positive[i] ? 1 : -1;
                double gradient = y * (x.dot(w) + bias) - 1 + diagonal * alpha[i];
                double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
                maxProjectedGradient = Math.max(maxProjectedGradient, projected);
                minProjectedGradient = Math.min(minProjectedGradient, projected);
                if (Math.abs(projected) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - gradient / qd[i], 0);
                    double step = (alpha[i] - old) * y;
                    x.addTo(w, step);
                    bias += step;
                }
            }
            if (maxProjectedGradient - minProjectedGradient <= TOLERANCE) {
                break;
            }
        }
        float[] weights = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            weights[d] = (float) w[d];
        }
        return new Model(weights, (float) bias);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int other = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[other];
            order[other] = kept;
        }
    }
}
