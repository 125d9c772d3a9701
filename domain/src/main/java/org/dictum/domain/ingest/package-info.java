/** Ingestion: turning a submitted document into a stored article with its statements. */
package org.dictum.domain.ingest;
