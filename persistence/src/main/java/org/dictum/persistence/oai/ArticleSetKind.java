package org.dictum.persistence.oai;

import java.util.List;
import org.dictum.domain.article.Article;

/**
 * A kind of article set, such as the articles of one source: an {@code @ApplicationScoped} bean
 * implementing this is offered to harvesters with no other change. Keys are OAI-PMH setSpec
 * segments: letters, digits and {@code -_.!~*'()}.
 */
public interface ArticleSetKind {

    /** The first setSpec segment ({@code source}); unique among the kinds. */
    String kind();

    /** Up to {@code limit} sets of this kind in key order, after {@code afterKey} (null: from the start). */
    List<ArticleSet> sets(String afterKey, int limit);

    /** How many sets of this kind there are: as many as {@link #sets} lists from the start. */
    long count();

    /** The articles of the set with this key; {@link SetRestriction#NONE} when there is no such set. */
    SetRestriction members(String key);

    /** The keys of the sets of this kind that the article belongs to. */
    List<String> keysOf(Article article);
}
