/**
 * Collections as the API and the portal use them: who may see which collection
 * ({@link org.dictum.search.collection.CollectionAccess}), curation of collections and their members
 * with reindexing of the members in the same transaction
 * ({@link org.dictum.search.collection.CollectionService}), and the records shown for them.
 */
package org.dictum.search.collection;
