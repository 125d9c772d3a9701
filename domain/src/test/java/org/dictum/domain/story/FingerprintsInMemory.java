package org.dictum.domain.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dictum.domain.article.Article;

/** Band-key lookup over a map, as the database does it with an index. */
final class FingerprintsInMemory implements StoryCopies {

    private static final Instant ARCHIVED = Instant.parse("2022-01-10T08:00:00Z");

    private final Map<Long, Article> articles = new HashMap<>();
    private final Map<Long, MinHashSignature> signatures = new HashMap<>();

    Article store(long id, String text, Instant published) {
        Article article = WireStory.stored(id, text, published, ARCHIVED.plusSeconds(86_400 + id));
        articles.put(id, article);
        return article;
    }

    @Override
    public void remember(Article article, MinHashSignature signature) {
        signatures.put(article.getId(), signature);
    }

    @Override
    public List<Fingerprint> sharingABand(long[] bandKeys, long exceptArticleId, int limit) {
        List<Fingerprint> found = new ArrayList<>();
        signatures.forEach((id, signature) -> {
            if (id != exceptArticleId && Arrays.stream(signature.bandKeys()).anyMatch(
                    key -> Arrays.stream(bandKeys).anyMatch(wanted -> wanted == key))) {
                found.add(new Fingerprint(id, articles.get(id).getStoryId(), signature));
            }
        });
        return found.stream().limit(limit).toList();
    }

    @Override
    public List<Article> members(long storyId) {
        return articles.values().stream().filter(article -> article.getStoryId() == storyId).toList();
    }

    @Override
    public List<Article> withoutFingerprint(long afterId, int limit) {
        return articles.values().stream()
                .filter(article -> article.getId() > afterId && !signatures.containsKey(article.getId()))
                .sorted(Comparator.comparing(Article::getId))
                .limit(limit)
                .toList();
    }

    @Override
    public long countWithoutFingerprint() {
        return articles.keySet().stream().filter(id -> !signatures.containsKey(id)).count();
    }

    boolean fingerprinted(long articleId) {
        return signatures.containsKey(articleId);
    }

    @Override
    public Map<Long, Long> copiesPerStory(Collection<Long> storyIds) {
        Map<Long, Long> copies = new HashMap<>();
        articles.values().stream().filter(article -> storyIds.contains(article.getStoryId()))
                .forEach(article -> copies.merge(article.getStoryId(), 1L, Long::sum));
        return copies;
    }
}
