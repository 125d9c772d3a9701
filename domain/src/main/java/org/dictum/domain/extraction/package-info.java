/**
 * The extraction pipeline, plain Java: from an original document (text or HTML) to its main text,
 * metadata and statements, with the actors they involve. No persistence here: results are records
 * that {@code org.dictum.domain.ingest} turns into entities.
 */
package org.dictum.domain.extraction;
