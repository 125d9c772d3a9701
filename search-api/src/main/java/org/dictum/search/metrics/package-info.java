/**
 * Application metrics in the Prometheus text format at {@code GET /api/metrics}: request counts and
 * latency of the search endpoints, and the size of the archive.
 */
package org.dictum.search.metrics;
