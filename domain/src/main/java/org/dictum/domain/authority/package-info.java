/**
 * Librarians' upkeep of the actor authority and the topic taxonomy that reaches into statements and
 * articles: merging actors (recorded, so that it can be undone), splitting them, merging and deleting
 * topics. Each operation moves the links and leaves the records consistent; storing and reindexing
 * them is the caller's work.
 */
package org.dictum.domain.authority;
