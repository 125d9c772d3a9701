package org.dictum.search.query;

import java.text.Normalizer;
import java.util.Locale;

/** Case and accent folding as the index's folding analyzer does it, for terms that are not analysed. */
final class TextFolding {

    private TextFolding() {
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
