/**
 * Main-text evaluation on L3S-GN1 (Google News pages with a hand-marked article body): token overlap with the gold
 * body and the share of comment and related-link text that leaks into the extracted text.
 */
package org.dictum.bench.maintext;
