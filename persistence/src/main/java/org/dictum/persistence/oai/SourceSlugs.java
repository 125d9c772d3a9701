package org.dictum.persistence.oai;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The set key of a source, derived from its name ("The Independent" gives {@code the-independent}):
 * accents dropped, other punctuation as hyphens. Two names with the same slug make one set.
 */
public final class SourceSlugs {

    private SourceSlugs() {
    }

    public static String of(String sourceName) {
        String ascii = Normalizer.normalize(sourceName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "source" : slug;
    }
}
