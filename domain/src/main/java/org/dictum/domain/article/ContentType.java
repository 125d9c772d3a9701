package org.dictum.domain.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The media types Dictum accepts as an article's original. */
public enum ContentType {
    TEXT_PLAIN("text/plain"),
    TEXT_HTML("text/html");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ContentType> fromMediaType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String bare = value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }
}
