package org.dictum.domain.extraction;

import java.util.List;

/**
 * An article body as paragraphs joined by "\n", with the headline found (or supplied) for it.
 *
 * @param title the headline, null when there is none; never part of {@code text}
 * @param text  the paragraphs, one a line
 */
public record MainText(String title, String text) {

    static MainText of(String title, List<String> paragraphs) {
        return new MainText(title, String.join("\n", paragraphs));
    }
}
