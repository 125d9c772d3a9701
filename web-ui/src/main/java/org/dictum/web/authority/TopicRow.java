package org.dictum.web.authority;

import java.io.Serializable;
import java.util.List;
import org.dictum.search.authority.TopicEntry;

/** One topic of the tree on the Taxonomy page, with its depth (Faces EL reads getters, not record accessors). */
public final class TopicRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TopicEntry topic;
    private final int depth;

    TopicRow(TopicEntry topic, int depth) {
        this.topic = topic;
        this.depth = depth;
    }

    public long getId() {
        return topic.id();
    }

    public String getLabel() {
        return topic.label();
    }

    public String getCode() {
        return topic.code();
    }

    public List<String> getAltLabels() {
        return topic.altLabels();
    }

    public Long getParent() {
        return topic.parent();
    }

    public long getVersion() {
        return topic.version();
    }

    public int getDepth() {
        return depth;
    }

    /** The label indented by depth, for menus. */
    public String getIndentedLabel() {
        return "\u2003".repeat(depth) + topic.label();
    }
}
