package org.dictum.domain.topic.skos;

import java.util.Locale;
import java.util.Objects;

/** A text with an optional BCP 47 language tag ({@code "Elections"@en}); the tag is kept lower-case, empty when absent. */
public record LangString(String text, String language) {

    public LangString {
        Objects.requireNonNull(text, "text");
        language = language == null ? "" : language.toLowerCase(Locale.ROOT);
    }

    public static LangString en(String text) {
        return new LangString(text, "en");
    }

    public boolean hasLanguage(String tag) {
        return language.equals(tag) || language.startsWith(tag + "-");
    }
}
