package org.dictum.bench.maintext;

import java.util.Map;

/**
 * How many extracted tokens come from a page's comments or related-content lists. The extracted tokens that the gold
 * body accounts for (multiset intersection) are taken away first; what is left is matched, again as multisets,
 * against the tokens of the page's {@code comments} and {@code related_content} annotations. Common words left over
 * from other boilerplate can match too, so this is an upper bound on the comment and related-link share.
 *
 * @param extracted tokens extracted from the page
 * @param noise     of them, tokens attributed to comments or related content
 */
record NoiseShare(int extracted, int noise) {

    static NoiseShare of(String extractedText, GoldPage page) {
        Map<String, Integer> extractedBag = TokenOverlap.bag(extractedText);
        Map<String, Integer> goldBag = TokenOverlap.bag(page.fullText());
        Map<String, Integer> notGold = TokenOverlap.minus(extractedBag, goldBag);
        Map<String, Integer> noiseBag = TokenOverlap.bag(page.comments() + "\n" + page.relatedContent());
        return new NoiseShare(TokenOverlap.size(extractedBag),
                TokenOverlap.size(TokenOverlap.intersection(notGold, noiseBag)));
    }
}
