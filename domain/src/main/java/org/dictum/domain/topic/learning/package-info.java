/**
 * Topic tagging learned from examples: TF-IDF features, one-vs-rest linear SVMs with per-label
 * thresholds tuned on held-out examples, and the model file format.
 */
package org.dictum.domain.topic.learning;
