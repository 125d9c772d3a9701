/** Collections over REST: curation, membership in search and facets, privacy, history and versions. */
package org.dictum.it.collection;
