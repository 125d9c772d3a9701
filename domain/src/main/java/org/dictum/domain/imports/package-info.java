/**
 * Bulk imports: a job that reads many articles from one source (JSON Lines, CSV, a directory or ZIP
 * of files, a WARC archive), its progress counts, and the records it could not store with the reason.
 */
package org.dictum.domain.imports;
