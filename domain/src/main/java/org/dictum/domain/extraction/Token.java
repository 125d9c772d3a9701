package org.dictum.domain.extraction;

import java.util.Locale;

/**
 * A word, number or punctuation mark of the main text.
 *
 * @param text  as written
 * @param start offset of its first character in the main text
 * @param end   offset after its last character (half-open)
 */
record Token(String text, int start, int end) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Any opening or closing quotation mark, including NYT-style doubled apostrophes. */
    boolean isQuoteMark() {
        return text.equals("''") || text.equals("``") || "\"“”«»„‘’".contains(text) && text.length() == 1;
    }
}
