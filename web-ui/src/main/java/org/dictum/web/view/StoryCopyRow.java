package org.dictum.web.view;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dictum.search.application.StoryCopy;

/** One copy of an article's story, as listed on the article page (Faces EL reads getters, not record accessors). */
public class StoryCopyRow {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final StoryCopy copy;
    private final boolean current;

    StoryCopyRow(StoryCopy copy, long currentArticleId) {
        this.copy = copy;
        this.current = copy.id() == currentArticleId;
    }

    public long getId() {
        return copy.id();
    }

    public String getTitle() {
        return copy.title() == null ? "Article " + copy.id() : copy.title();
    }

    public String getSource() {
        return copy.source();
    }

    public String getPublished() {
        return copy.publishedAt() == null ? "date unknown" : WHEN.format(copy.publishedAt());
    }

    public boolean isOrigin() {
        return copy.origin();
    }

    public boolean isWithdrawn() {
        return copy.withdrawn();
    }

    /** The copy whose page this is. */
    public boolean isCurrent() {
        return current;
    }
}
