/**
 * Librarians' decisions about statements and articles: who decides ({@link org.dictum.domain.curation.Librarian}),
 * what a correction may change, and how re-extraction keeps human work.
 */
package org.dictum.domain.curation;
