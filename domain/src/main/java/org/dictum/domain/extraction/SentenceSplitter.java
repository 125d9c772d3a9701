package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Splits main text into sentences with their offsets. Newlines are hard breaks. Inside a line a sentence ends at
 * . ! or ? (plus closing quotes or brackets) followed by whitespace and an upper-case letter, digit or opening quote,
 * unless the word before the period is a known abbreviation ("Mr.", "Jan."). Initialisms such as "U.S." end a
 * sentence only when the next word is a typical sentence opener ("... talks with the U.S. The talks ..."), and so does
 * a first name's middle initial ("Donald J. Trump", but "... a vitamin called Vitamin D. The ...").
 */
final class SentenceSplitter {

    private static final Pattern CANDIDATE_END =
            Pattern.compile("[.!?]+[\"”’'»)\\]]*(?=\\s+(?:''|[\"“‘«(\\[])?[\\p{Lu}\\d])");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}$");
    /** "Donald J." in "Donald J. Trump": a capitalised first name and an initial. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(?:''|[\"“‘«(\\[])?([\\p{L}\\d]+)");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those",
            "In", "On", "At", "However", "Meanwhile", "There", "His", "Her", "Their", "Its", "Our");

    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    static SentenceSplitter english() {
        Set<String> abbreviations = ResourceLines.read("abbreviations-en.txt").stream()
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .collect(Collectors.toSet());
        return new SentenceSplitter(abbreviations);
    }

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            splitLine(text, lineStart, lineEnd, sentences);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
        String line = text.substring(lineStart, lineEnd);
        Matcher end = CANDIDATE_END.matcher(line);
        int sentenceStart = 0;
        while (end.find()) {
            if (endsSentence(line, end.start(), end.end())) {
                add(text, lineStart + sentenceStart, lineStart + end.end(), sentences);
                sentenceStart = end.end();
            }
        }
        add(text, lineStart + sentenceStart, lineEnd, sentences);
    }

    /**
     * Looks only at the words around the full stop, never at the line before them: a line can be a whole article
     * without line breaks, and reading it up to every full stop would take time quadratic in its length.
     */
    private boolean endsSentence(String line, int punctuationStart, int punctuationEnd) {
        if (line.charAt(punctuationStart) != '.') {
            return true;
        }
        int wordStart = startOfWord(line, punctuationStart);
        if (wordStart > punctuationStart) {
            return true;
        }
        String word = line.substring(wordStart, punctuationStart + 1).replaceFirst("^[\"“‘«(\\[]+", "");
        if (abbreviations.contains(word)) {
            return false;
        }
        if (INITIALISM.matcher(word).find() || isMiddleInitial(line, wordStart, punctuationStart + 1)) {
            Matcher next = NEXT_WORD.matcher(line).region(punctuationEnd, line.length());
            return next.find() && SENTENCE_OPENERS.contains(next.group(1));
        }
        return true;
    }

    /** "the U.S." before "District Court": an initialism that the next word shows is inside the sentence. */
    static boolean initialismGoesOn(String word, String nextWord) {
        return INITIALISM.matcher(word).find() && !SENTENCE_OPENERS.contains(nextWord);
    }

    /** Index of the first character of the run of non-whitespace that ends at {@code last} (inclusive). */
    private static int startOfWord(String line, int last) {
        int start = last + 1;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether the initial in [{@code wordStart}, {@code end}) follows a capitalised first name. */
    private static boolean isMiddleInitial(String line, int wordStart, int end) {
        int previousEnd = wordStart;
        while (previousEnd > 0 && Character.isWhitespace(line.charAt(previousEnd - 1))) {
            previousEnd--;
        }
        if (previousEnd == 0) {
            return false;
        }
        int previousStart = startOfWord(line, previousEnd - 1);
        return MIDDLE_INITIAL.matcher(line).region(Math.max(0, previousStart - 1), end).find();
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
