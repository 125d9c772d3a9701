package org.dictum.bench.attribution;

import java.time.LocalDate;
import java.util.List;

/**
 * One PolNeAR article with the attributions of one annotator.
 *
 * @param name         the file name without extension, e.g. {@code breitbart_2016-09-12_stealth-over-health-hillary-clin}
 * @param text         the article as distributed (headline line, blank line, body); gold offsets point into it
 * @param published    the publication date from the file name
 * @param attributions the gold attributions
 */
record AttributionDocument(String name, String text, LocalDate published, List<GoldAttribution> attributions) {

    AttributionDocument {
        attributions = List.copyOf(attributions);
    }
}
