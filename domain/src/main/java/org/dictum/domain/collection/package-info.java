/**
 * Collections: named, described sets of articles and statements that a librarian curates, public
 * or private to their owner ({@link org.dictum.domain.collection.Collection}), with their slug
 * ({@link org.dictum.domain.collection.CollectionSlug}) and repository. A statement belongs to a
 * collection when it is a member itself or its article is. A deleted collection leaves a
 * {@link org.dictum.domain.collection.DeletedCollection} behind, which keeps its slug from being reused.
 */
package org.dictum.domain.collection;
