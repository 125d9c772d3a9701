package org.dictum.web.view;

import java.util.List;

/** A facet's sidebar panel. */
public class FacetPanel {

    private final String name;
    private final String label;
    private final List<FacetValueLink> values;
    private final int listed;
    private final boolean more;

    FacetPanel(String name, String label, List<FacetValueLink> values, int listed, boolean more) {
        this.name = name;
        this.label = label;
        this.values = values;
        this.listed = listed;
        this.more = more;
    }

    /**
     * How many of the values are the facet's first, in its order: where "more values" continues
     * (selected values listed after them are not counted).
     */
    public int getListed() {
        return listed;
    }

    /** True when the facet may have values beyond those listed. */
    public boolean isMore() {
        return more;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public List<FacetValueLink> getValues() {
        return values;
    }
}
