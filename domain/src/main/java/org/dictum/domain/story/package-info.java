/**
 * Stories: copies of one news story (a wire story run by many outlets, lightly edited) recognised
 * as near-duplicates by MinHash over word shingles and grouped, the earliest copy marked as the
 * story's origin. Exact duplicates never get this far: identical originals are archived once.
 */
package org.dictum.domain.story;
