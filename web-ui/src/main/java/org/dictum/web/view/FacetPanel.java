package org.dictum.web.view;

import java.util.List;

/** A facet's sidebar panel. */
public class FacetPanel {

    private final String name;
    private final String label;
    private final List<FacetValueLink> values;
    private final boolean more;

    FacetPanel(String name, String label, List<FacetValueLink> values, boolean more) {
        this.name = name;
        this.label = label;
        this.values = values;
        this.more = more;
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
