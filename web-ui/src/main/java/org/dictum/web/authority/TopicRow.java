package org.dictum.web.authority;

import java.io.Serializable;
import java.util.List;
import org.dictum.search.authority.TopicEntry;

/**
 * One topic of the tree on the Taxonomy page, with its depth and the depth of the row after it (Faces EL reads getters,
 * not record accessors). The rows open and close their list items and nested lists themselves ({@link #getOpening()},
 * {@link #getClosing()}): one flat repeat renders the whole tree, so a row's id stays its place in the tree.
 */
public final class TopicRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TopicEntry topic;
    private final int depth;
    private final int nextDepth;

    /** @param nextDepth the depth of the row after this one, 0 for the last row */
    TopicRow(TopicEntry topic, int depth, int nextDepth) {
        this.topic = topic;
        this.depth = depth;
        this.nextDepth = nextDepth;
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

    /** Opens this topic's list item. */
    public String getOpening() {
        return "<li>";
    }

    /**
     * After this topic's label: opens the list of its narrower topics when the next row is one, else closes its list
     * item and those of the broader topics whose narrower topics end here.
     */
    public String getClosing() {
        if (nextDepth > depth) {
            return "<ul>";
        }
        return "</li>" + "</ul></li>".repeat(Math.max(0, depth - nextDepth));
    }
}
