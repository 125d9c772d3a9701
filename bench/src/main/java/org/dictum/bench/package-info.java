/**
 * Measurements, not tests: extraction accuracy on third-party research data in
 * {@code ../shared/data} (never committed) and throughput on this machine. Each
 * {@link org.dictum.bench.Evaluation} is found through {@link java.util.ServiceLoader}, so adding
 * one is a class plus a line in {@code META-INF/services/org.dictum.bench.Evaluation}.
 */
package org.dictum.bench;
