package org.dictum.domain.authority;

import java.util.Collection;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.topic.Topic;

/**
 * Merging a topic into another and deleting a topic with reassignment. Both move the topic's
 * statements, articles and narrower topics so that nothing points at it any more; the caller then
 * removes it from the taxonomy.
 */
public final class TaxonomyMerge {

    private TaxonomyMerge() {
    }

    /**
     * {@code merged} disappears into {@code survivor}: its records and narrower topics move there and
     * its labels become the survivor's alternative labels. Merging a topic into one of its own
     * descendants first lifts the survivor to the merged topic's place, so no cycle arises.
     */
    public static void merge(Topic merged, Topic survivor, Collection<Topic> children,
                             Collection<Statement> statements, Collection<Article> articles) {
        requireDistinct(merged, survivor, "into");
        if (merged.isAncestorOf(survivor)) {
            survivor.placeUnder(merged.getParent().orElse(null));
        }
        survivor.absorbNamesOf(merged);
        reassign(merged, survivor, children, statements, articles, survivor);
    }

    /**
     * {@code deleted} leaves the taxonomy: its statements and articles move to {@code target}, its
     * narrower topics to its own broader topic (or the top level).
     */
    public static void deleteReassigning(Topic deleted, Topic target, Collection<Topic> children,
                                         Collection<Statement> statements, Collection<Article> articles) {
        requireDistinct(deleted, target, "reassignTo");
        reassign(deleted, target, children, statements, articles, deleted.getParent().orElse(null));
    }

    private static void reassign(Topic from, Topic to, Collection<Topic> children, Collection<Statement> statements,
                                 Collection<Article> articles, Topic newParentOfChildren) {
        for (Topic child : List.copyOf(children)) {
            if (Topic.same(child.getParent().orElse(null), from)) {
                child.placeUnder(newParentOfChildren);
            }
        }
        statements.forEach(statement -> statement.replaceTopic(from, to));
        articles.forEach(article -> article.replaceTopic(from, to));
    }

    private static void requireDistinct(Topic topic, Topic other, String field) {
        if (Topic.same(topic, other)) {
            throw new InvalidInputException(field, "Topic '" + topic.getLabel() + "' cannot be reassigned to itself");
        }
    }
}
