package org.dictum.web.view;

/** One facet value in the sidebar: its count and the URL that toggles it. */
public class FacetValueLink {

    private final String value;
    private final long count;
    private final boolean selected;
    private final String toggleUrl;

    FacetValueLink(String value, long count, boolean selected, String toggleUrl) {
        this.value = value;
        this.count = count;
        this.selected = selected;
        this.toggleUrl = toggleUrl;
    }

    public String getValue() {
        return value;
    }

    public long getCount() {
        return count;
    }

    public boolean isSelected() {
        return selected;
    }

    public String getToggleUrl() {
        return toggleUrl;
    }
}
