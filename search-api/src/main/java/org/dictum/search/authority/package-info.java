/**
 * Librarians' curation of the actor authority and the topic taxonomy as application services:
 * each change runs in one transaction, applies the domain's rules, and reindexes the statements and
 * articles whose index documents carry the changed names, so that search and facets show it at once.
 */
package org.dictum.search.authority;
