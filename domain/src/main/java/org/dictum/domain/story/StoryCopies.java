package org.dictum.domain.story;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dictum.domain.article.Article;

/** The archive's fingerprints of article texts, looked up by locality-sensitive band keys. */
public interface StoryCopies {

    /**
     * Keeps the article's signature and band keys. The article has its id already and no
     * fingerprint yet: it is new, or the backfill found it without one.
     */
    void remember(Article article, MinHashSignature signature);

    /**
     * Other articles whose signatures share at least one band key with these, at most {@code limit}
     * of them, with their signatures and stories.
     */
    List<Fingerprint> sharingABand(long[] bandKeys, long exceptArticleId, int limit);

    /** Every article of the story, the origin included. */
    List<Article> members(long storyId);

    /** How many articles each of these stories has; a story without copies (or unknown) is absent. */
    Map<Long, Long> copiesPerStory(Collection<Long> storyIds);

    /**
     * Articles archived before stories existed (they have no fingerprint), with ids above
     * {@code afterId}, in id order, at most {@code limit}.
     */
    List<Article> withoutFingerprint(long afterId, int limit);

    /** How many articles have no fingerprint. */
    long countWithoutFingerprint();

    /** A stored signature with the article it belongs to and that article's story. */
    record Fingerprint(long articleId, long storyId, MinHashSignature signature) {
    }
}
