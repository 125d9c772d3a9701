package org.dictum.domain.story;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.dictum.domain.article.Article;

/**
 * Groups copies of one story. A new article joins every story that holds a copy of it (and so
 * may join two stories into one); the story's origin is its earliest copy: the earliest
 * publication time (articles without one come last), then the earliest archiving, then the lowest
 * id, withdrawn copies only when every copy is withdrawn. Every member carries the origin's id as
 * its story. Runs inside the caller's transaction.
 */
public class StoryGrouping {

    /** Candidates compared per article: band collisions beyond this are boilerplate, not copies. */
    static final int MAX_CANDIDATES = 200;

    private static final Comparator<Article> EARLIEST_FIRST = Comparator
            .comparing((Article article) -> article.getWithdrawnAt().isPresent())
            .thenComparing(article -> article.getPublishedAt().orElse(Instant.MAX))
            .thenComparing(Article::getIngestedAt)
            .thenComparing(Article::getId);

    private final StoryCopies copies;
    private final SameStoryRule rule;

    public StoryGrouping(StoryCopies copies, SameStoryRule rule) {
        this.copies = Objects.requireNonNull(copies, "copies");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Fingerprints a stored article and puts it in its story (alone when it has no copy yet). */
    public StoryPlacement place(Article article) {
        MinHashSignature signature = MinHashSignature.of(article.getMainText());
        copies.remember(article, signature);
        TreeSet<Long> stories = new TreeSet<>();
        if (rule.groups(signature)) {
            for (StoryCopies.Fingerprint candidate
                    : copies.sharingABand(signature.bandKeys(), article.getId(), MAX_CANDIDATES)) {
                if (rule.sameStory(signature, candidate.signature())) {
                    stories.add(candidate.storyId());
                }
            }
        }
        Map<Long, Article> members = new LinkedHashMap<>();
        members.put(article.getId(), article);
        stories.forEach(story -> copies.members(story).forEach(member -> members.putIfAbsent(member.getId(), member)));
        return electOrigin(List.copyOf(members.values()));
    }

    /** Elects the story's origin again, after one of its copies was withdrawn, restored or re-dated. */
    public StoryPlacement reconsider(long storyId) {
        List<Article> members = copies.members(storyId);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("No story " + storyId);
        }
        return electOrigin(members);
    }

    private static StoryPlacement electOrigin(List<Article> members) {
        Article origin = members.stream().min(EARLIEST_FIRST).orElseThrow();
        List<Article> changed = members.stream().filter(member -> member.joinStory(origin.getId())).toList();
        return new StoryPlacement(origin, members.size(), changed);
    }
}
