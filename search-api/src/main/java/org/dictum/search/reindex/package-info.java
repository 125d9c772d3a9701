/**
 * The mass reindex: rewrites every search document from the database, in place, while searches go
 * on answering (documents are replaced one by one, never dropped first), one run at a time, with
 * progress, cancellation, and optionally the grouping of articles archived before stories existed.
 */
package org.dictum.search.reindex;
