package org.dictum.search.reindex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;

/** The indexed record types a reindex can rewrite, by the names the API uses. */
public enum ReindexTarget {
    ARTICLES("articles", Article.class),
    STATEMENTS("statements", Statement.class);

    private final String apiName;
    private final Class<?> entity;

    ReindexTarget(String apiName, Class<?> entity) {
        this.apiName = apiName;
        this.entity = entity;
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
