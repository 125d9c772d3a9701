/**
 * What an OAI-PMH provider reads from the archive: articles in order of their last change
 * ({@link org.dictum.persistence.oai.ArticleChanges}, keyset-paged), and the kinds of article sets
 * ({@link org.dictum.persistence.oai.ArticleSetKind}: one small class per kind, found by CDI).
 */
package org.dictum.persistence.oai;
