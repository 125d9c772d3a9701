package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of hard-wrapped plain text (wire copy such as Reuters' 70 columns, e-mail, text from a terminal)
 * into its paragraphs, so that a sentence broken across lines stays one sentence and a speaker such as "BP North
 * America Inc" keeps the word on the next line.
 *
 * <p>A line break <em>fills</em> its line when the next line's first word would not have fitted on it within the
 * text's width, the length of its longest line. The text counts as wrapped only when its longest line has at most
 * {@value #MAX_WIDTH} characters, at least half of its breaks between non-blank lines fill their line and at least
 * {@value #MIN_MID_SENTENCE_WRAPS} of these fall inside a sentence (the line ends in a word or a comma). A break before
 * an indented line is no evidence either way (it opens a paragraph, as in Reuters' copy). Text whose lines are its
 * paragraphs is left as it is.
 *
 * <p>In wrapped text, a line joins the next unless the next is blank or starts with whitespace (an indented line
 * opens a paragraph), and unless the line ends early after a full stop or other closing punctuation without filling
 * it (the end of a paragraph; an initialism such as "U.S." before a word that opens no sentence is no such end). A line that ends inside a sentence joins the next even when it is short: wire copy
 * whose dateline was cut off starts with a short first line ("Standard Oil Co and BP North America" / "Inc said
 * ..."). Only the first line of a text without a separate title is joined only when it fills: it may be the
 * headline.
 *
 * <p>In any text, wrapped or not, a line that ends inside a sentence joins a next line that starts with a lower-case
 * letter (no paragraph starts so), except a first line that may be the headline. This joins the short texts whose
 * width cannot be told from a few lines.
 */
final class HardWraps {

    static final int MAX_WIDTH = 100;
    static final int MIN_MID_SENTENCE_WRAPS = 2;

    private HardWraps() {
    }

    /**
     * The text's lines, with the wrapped ones joined by a space.
     *
     * @param firstLineMayBeHeadline true when the text comes without a separate title, so that its first line may be
     *                               one
     */
    static List<String> unwrap(List<String> lines, boolean firstLineMayBeHeadline) {
        int width = lines.stream().mapToInt(line -> line.stripTrailing().length()).max().orElse(0);
        boolean wrapped = width <= MAX_WIDTH && isWrapped(lines, width);
        int firstLine = firstLineMayBeHeadline ? firstNonBlank(lines) : -1;
        List<String> joined = new ArrayList<>();
        StringBuilder paragraph = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (paragraph == null) {
                paragraph = new StringBuilder(line.stripTrailing());
            } else {
                paragraph.append(' ').append(line.strip());
            }
            if (i + 1 == lines.size() || !joins(line, lines.get(i + 1), wrapped ? width : 0, i == firstLine)) {
                joined.add(paragraph.toString());
                paragraph = null;
            }
        }
        return joined;
    }

    /** @param width the text's width when it is wrapped, 0 when not */
    private static boolean joins(String line, String next, int width, boolean mayBeHeadline) {
        if (!continues(line, next)) {
            return false;
        }
        if (width > 0 && fills(line, next, width)) {
            return true;
        }
        return !mayBeHeadline && endsInsideSentence(line, next) && (width > 0 || Character.isLowerCase(next.charAt(0)));
    }

    private static boolean isWrapped(List<String> lines, int width) {
        int breaks = 0;
        int wraps = 0;
        int midSentenceWraps = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!continues(lines.get(i), lines.get(i + 1))) {
                continue;   // a blank line or an indented one opens a paragraph, wrapped text or not
            }
            breaks++;
            if (fills(lines.get(i), lines.get(i + 1), width)) {
                wraps++;
                midSentenceWraps += endsInsideSentence(lines.get(i), lines.get(i + 1)) ? 1 : 0;
            }
        }
        return midSentenceWraps >= MIN_MID_SENTENCE_WRAPS && 2 * wraps >= breaks;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Both lines hold text and the next is not indented. */
    private static boolean continues(String line, String next) {
        return !line.isBlank() && !next.isBlank() && !Character.isWhitespace(next.charAt(0));
    }

    private static boolean fills(String line, String next, int width) {
        int firstWord = next.indexOf(' ');
        int firstWordLength = firstWord < 0 ? next.stripTrailing().length() : firstWord;
        return line.stripTrailing().length() + 1 + firstWordLength > width;
    }

    /** The line ends in a word, a comma or an initialism that the next line goes on from ("the U.S." / "District"). */
    private static boolean endsInsideSentence(String line, String next) {
        String stripped = line.stripTrailing();
        char last = stripped.charAt(stripped.length() - 1);
        if (Character.isLetterOrDigit(last) || last == ',') {
            return true;
        }
        String lastWord = stripped.substring(stripped.lastIndexOf(' ') + 1);
        String nextWord = next.strip().split("[^\\p{L}\\d]", 2)[0];
        return SentenceSplitter.initialismGoesOn(lastWord, nextWord);
    }
}
