package org.dictum.search.reindex;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;
import org.dictum.search.mapping.DocumentAssociations;

/** The indexed record types a reindex can rewrite, by the names the API uses. */
public enum ReindexTarget {
    ARTICLES("articles", Article.class, DocumentAssociations.ARTICLE),
    STATEMENTS("statements", Statement.class, DocumentAssociations.STATEMENT);

    private final String apiName;
    private final Class<?> entity;
    private final List<String> indexedAssociations;

    ReindexTarget(String apiName, Class<?> entity, List<String> indexedAssociations) {
        this.apiName = apiName;
        this.entity = entity;
        this.indexedAssociations = indexedAssociations;
    }

    /** What the type's search document reads beyond the record's own columns. */
    public List<String> indexedAssociations() {
        return indexedAssociations;
    }

    public String apiName() {
        return apiName;
    }

    public Class<?> entity() {
        return entity;
    }

    public static Optional<ReindexTarget> byName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.apiName.equals(wanted)).findFirst();
    }
}
