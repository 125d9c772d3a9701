package org.dictum.domain.story;

import java.util.List;
import org.dictum.domain.article.Article;

/**
 * Where grouping put an article: its story's origin, how many copies the story has now, and the
 * articles whose story or origin flag changed (their search entries are out of date).
 */
public record StoryPlacement(Article origin, int copies, List<Article> changed) {

    public StoryPlacement {
        changed = List.copyOf(changed);
    }
}
