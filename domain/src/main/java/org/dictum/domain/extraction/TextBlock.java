package org.dictum.domain.extraction;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of an HTML page (a paragraph, a list item, a line between two
 * {@code <br>}s, a div's loose text), with the element it sits in and how much of it is link text.
 *
 * @param text      whitespace-normalised, never blank
 * @param linkChars characters of {@code text} inside {@code <a href>} elements
 * @param container the innermost block-level element around the text
 */
record TextBlock(String text, int linkChars, Element container) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    int words() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            if (letterOrDigit && !inWord) {
                words++;
            }
            inWord = letterOrDigit;
        }
        return words;
    }

    boolean isInside(Element ancestor) {
        for (Element element = container; element != null; element = element.parent()) {
            if (element == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Ends like a sentence (terminal punctuation, possibly followed by a closing quote or bracket). */
    boolean endsLikeSentence() {
        String stripped = text.replaceAll("[\\s\"'”’»)\\]]+$", "");
        return !stripped.isEmpty() && ".!?:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }
}
