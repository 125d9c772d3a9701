package org.dictum.web.view;

/** A filter chip: what is filtered and the URL without it. */
public class ActiveFilter {

    private final String label;
    private final String value;
    private final String removeUrl;

    ActiveFilter(String label, String value, String removeUrl) {
        this.label = label;
        this.value = value;
        this.removeUrl = removeUrl;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    public String getRemoveUrl() {
        return removeUrl;
    }
}
