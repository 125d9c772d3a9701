/**
 * Bulk imports as Jakarta Batch jobs (job {@code article-import}, META-INF/batch-jobs in the WAR):
 * starting, stopping and resuming them ({@link org.dictum.search.imports.ImportJobs}), the batch
 * artifacts that read a source, store its articles a chunk at a time and keep the import's counts,
 * and the resumption of imports a server crash interrupted. See docs/IMPORT.md.
 */
package org.dictum.search.imports;
