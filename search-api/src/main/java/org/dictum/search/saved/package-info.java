/**
 * Saved searches: canonical query strings, the service that saves, renames, deletes and freezes
 * them, frozen result lists that reproduce exactly, and their citations.
 */
package org.dictum.search.saved;
