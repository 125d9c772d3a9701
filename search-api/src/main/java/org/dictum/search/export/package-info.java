/**
 * Exports of a search: every hit streamed as CSV or JSON Lines ({@link org.dictum.search.export.ArchiveExport}),
 * discourse networks built from the statements of a search (GraphML, GEXF, CSV node and edge lists),
 * and citations of articles and statements (RIS, BibTeX, CSL-JSON). {@link org.dictum.search.export.CsvTable}
 * is the one CSV writer of the application, and {@link org.dictum.search.export.ExportFormat} the one list of
 * export formats, the audit log's too.
 */
package org.dictum.search.export;
