package org.dictum.domain.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the extraction's data resources: UTF-8 text, one entry a line, '#' starts a comment line. */
final class ResourceLines {

    private ResourceLines() {
    }

    /** The non-blank, non-comment lines of a resource next to this package, stripped of trailing whitespace. */
    static List<String> read(String resourceName) {
        InputStream stream = ResourceLines.class.getResourceAsStream(resourceName);
        if (stream == null) {
            throw new IllegalStateException("Missing extraction resource " + resourceName);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::stripTrailing)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read extraction resource " + resourceName, e);
        }
    }
}
