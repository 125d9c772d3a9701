package org.dictum.web.collection;

import java.io.Serializable;
import org.dictum.search.collection.CollectionSummary;

/** A collection as pages show it (Faces EL reads getters, not record accessors). */
public final class CollectionRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CollectionSummary collection;

    CollectionRow(CollectionSummary collection) {
        this.collection = collection;
    }

    public long getId() {
        return collection.id();
    }

    public String getSlug() {
        return collection.slug();
    }

    public String getTitle() {
        return collection.title();
    }

    public String getDescription() {
        return collection.description();
    }

    public String getVisibility() {
        return collection.visibility();
    }

    public boolean isPrivate() {
        return "private".equals(collection.visibility());
    }

    public String getOwner() {
        return collection.owner();
    }

    public long getVersion() {
        return collection.version();
    }

    public long getArticles() {
        return collection.articles();
    }

    public long getStatements() {
        return collection.statements();
    }

    public long getBelongingStatements() {
        return collection.belongingStatements();
    }

    public String getUpdatedAt() {
        return collection.updatedAt().toString();
    }
}
