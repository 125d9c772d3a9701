/**
 * Saved searches: a user's named search over statements or articles, which can be frozen into a
 * citable, reproducible result list with a persistent identifier.
 */
package org.dictum.domain.savedsearch;
