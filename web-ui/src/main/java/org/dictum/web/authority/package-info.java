/** The librarians' Actors and Taxonomy pages (under /curation/, role librarian). */
package org.dictum.web.authority;
