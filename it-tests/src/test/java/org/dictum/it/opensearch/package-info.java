/**
 * The Elasticsearch backend under test: {@link org.dictum.it.opensearch.OpenSearchLauncher}, which
 * the build starts in a JVM of its own before the ITs of the {@code opensearch} failsafe execution
 * and stops after them, and the ITs that compare the two backends.
 */
package org.dictum.it.opensearch;
