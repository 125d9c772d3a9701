package org.dictum.search.query;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text around a statement in its article's main text: the whole sentence before it plus the
 * start of its own sentence, and the rest of its own sentence plus the sentence after it. Sentences
 * end at . ! ? (optionally followed by a closing quote) before white space, or at a line break;
 * initials such as "U.S." and common abbreviations ("Mr.", "Jan.") do not end a sentence.
 */
public final class KeywordInContext {

    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.",
            "gov.", "gen.", "lt.", "col.", "sgt.", "st.", "jr.", "sr.", "co.", "corp.", "inc.", "ltd.", "vs.",
            "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "e.g.", "i.e.");

    private KeywordInContext() {
    }

    /** The previous sentence and the beginning of the statement's own sentence, up to {@code start}. */
    public static String before(String text, int start) {
        int own = sentenceStart(text, start);
        int from = own == 0 ? 0 : sentenceStart(text, own - 1);
        return squeeze(text.substring(from, Math.min(start, text.length())));
    }

    /** The rest of the statement's own sentence from {@code end}, and the sentence after it. */
    public static String after(String text, int end) {
        int ownEnd = sentenceEnd(text, end);
        int to = ownEnd >= text.length() ? ownEnd : sentenceEnd(text, ownEnd + 1);
        return squeeze(text.substring(Math.min(end, text.length()), to));
    }

    private static int sentenceStart(String text, int position) {
        for (int i = Math.min(position, text.length()) - 1; i > 0; i--) {
            if (text.charAt(i) == '\n' || (Character.isWhitespace(text.charAt(i)) && endsSentence(text, i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int position) {
        for (int i = Math.max(position, 0); i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
            if (endsSentence(text, i) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** A full stop, ! or ?, possibly followed by a closing quotation mark, ends a sentence at {@code i}. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '”' || c == '"' || c == '’') {
            return i > 0 && endsSentence(text, i - 1);
        }
        if (c == '!' || c == '?') {
            return true;
        }
        return c == '.' && !isAbbreviation(text, i);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1).replaceAll("^[\\p{Ps}\\p{Pi}\"']+", "");
        return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }


    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
