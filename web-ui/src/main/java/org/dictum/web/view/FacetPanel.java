package org.dictum.web.view;

import java.util.List;

/** A facet's sidebar panel. */
public class FacetPanel {

    private final String name;
    private final String label;
    private final List<FacetValueLink> values;

    FacetPanel(String name, String label, List<FacetValueLink> values) {
        this.name = name;
        this.label = label;
        this.values = values;
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
