package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Main text of a plain-text document: non-blank lines as paragraphs (hard-wrapped lines joined first, see
 * {@link HardWraps}), boilerplate removed, headline split off.
 * Without a supplied title, a short first line without a terminal period that is followed by more text is the
 * headline. A supplied title repeated as the first line is dropped as well.
 */
final class PlainTextMainText {

    static final int MAX_HEADLINE_LENGTH = 200;

    private final BoilerplateFilter boilerplate;

    PlainTextMainText(BoilerplateFilter boilerplate) {
        this.boilerplate = boilerplate;
    }

    MainText extract(String original, String suppliedTitle) {
        List<String> lines = new ArrayList<>(HardWraps.unwrap(Arrays.asList(original.split("\\R")),
                        suppliedTitle == null || suppliedTitle.isBlank()).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList());
        String title = Headline.takeFrom(lines, suppliedTitle);
        return MainText.of(title, boilerplate.removeFrom(lines));
    }

    /** Splits the headline off the paragraph list. */
    static final class Headline {

        private Headline() {
        }

        /** Removes the headline line from {@code lines} if it is there, and returns the title to use. */
        static String takeFrom(List<String> lines, String suppliedTitle) {
            if (lines.isEmpty()) {
                return blankToNull(suppliedTitle);
            }
            String first = lines.get(0);
            if (suppliedTitle != null && !suppliedTitle.isBlank()) {
                if (first.equalsIgnoreCase(suppliedTitle.strip())) {
                    lines.remove(0);
                }
                return suppliedTitle.strip();
            }
            if (looksLikeHeadline(first) && lines.size() > 1) {
                lines.remove(0);
                return first;
            }
            return null;
        }

        static boolean looksLikeHeadline(String line) {
            return line.length() < MAX_HEADLINE_LENGTH && !line.endsWith(".");
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
