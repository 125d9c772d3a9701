package org.dictum.bench.maintext;

/**
 * One page of L3S-GN1 with its gold annotation (from {@code gold.jsonl}; {@code gold_text/<id>.txt} holds
 * {@code fullText} again).
 *
 * @param fullText       the article body without the headline: what a main-text extractor should return
 * @param comments       user comments on the page
 * @param relatedContent links and teasers to other articles
 */
record GoldPage(String id, String headline, String fullText, String supplemental, String relatedContent,
                String comments) {
}
