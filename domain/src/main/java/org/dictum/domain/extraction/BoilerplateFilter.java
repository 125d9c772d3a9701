package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes page boilerplate (donation, newsletter and subscription appeals) from a list of paragraphs, and cuts the
 * list at the heading of a comment section ("Comments (12)", "Have your say") or at the first signature of a comment
 * thread ("Posted by: tom, Bolton on 8:21pm", three or more of them) when article text came before it.
 * The rules are data ({@code boilerplate-en.txt}) so editors can extend them without a release of the code.
 * An appeal is removed as a block: its opening line, the appeal lines after it, and its closing sentence,
 * keeping any text glued to that closing sentence ("...all the difference.The United States is ...").
 */
final class BoilerplateFilter {

    /** A block never runs longer than this; a longer run of "appeal-like" lines is more likely news. */
    private static final int MAX_BLOCK_LINES = 10;
    /** A stop line ends the article only after this many words: at the top it is a link ("Comments (5)"). */
    static final int MIN_WORDS_BEFORE_STOP = 40;
    /** This many comment signatures ("Posted by: tom, Bolton on 8:21pm") make a comment thread. */
    static final int MIN_COMMENT_SIGNATURES = 3;

    private final List<String> blockStarts = new ArrayList<>();
    private final List<String> blockEnds = new ArrayList<>();
    private final List<String> markers = new ArrayList<>();
    private final List<Pattern> wholeLines = new ArrayList<>();
    private final List<Pattern> stopLines = new ArrayList<>();
    private final List<Pattern> commentSignatures = new ArrayList<>();

    BoilerplateFilter(List<String> rules) {
        for (String rule : rules) {
            int colon = rule.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Boilerplate rule without kind: " + rule);
            }
            String kind = rule.substring(0, colon).strip();
            String value = rule.substring(colon + 1).strip();
            switch (kind) {
                case "start" -> blockStarts.add(lower(value));
                case "end" -> blockEnds.add(lower(value));
                case "marker" -> markers.add(lower(value));
                case "line" -> wholeLines.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                case "stop" -> stopLines.add(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                case "comment" -> commentSignatures.add(
                        Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                default -> throw new IllegalArgumentException("Unknown boilerplate rule kind: " + rule);
            }
        }
    }

    static BoilerplateFilter english() {
        return new BoilerplateFilter(ResourceLines.read("boilerplate-en.txt"));
    }

    List<String> removeFrom(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        int blockLines = -1;
        int wordsBefore = 0;
        boolean commentThread = paragraphs.stream().filter(this::isCommentSignature).count() >= MIN_COMMENT_SIGNATURES;
        for (String paragraph : paragraphs) {
            if (wordsBefore >= MIN_WORDS_BEFORE_STOP
                    && (isStopLine(paragraph) || commentThread && isCommentSignature(paragraph))) {
                break;
            }
            wordsBefore += paragraph.split("\\s+").length;
            String lower = lower(paragraph);
            if (blockLines < 0 && startsAny(lower, blockStarts)) {
                blockLines = 0;
                continue;
            }
            String afterEnd = textAfterBlockEnd(paragraph, lower);
            if (afterEnd != null) {
                blockLines = -1;
                addIfNotBlank(kept, afterEnd);
                continue;
            }
            if (blockLines >= 0 && blockLines < MAX_BLOCK_LINES && containsAny(lower, markers)) {
                blockLines++;
                continue;
            }
            blockLines = -1;
            if (!isBoilerplateLine(paragraph)) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    /** The rest of the line after a closing appeal sentence at its start, or null if it does not start with one. */
    private String textAfterBlockEnd(String paragraph, String lower) {
        for (String end : blockEnds) {
            if (lower.startsWith(end)) {
                return paragraph.substring(end.length()).strip();
            }
        }
        return null;
    }

    private boolean isStopLine(String paragraph) {
        return matchesAny(stopLines, paragraph);
    }

    private boolean isCommentSignature(String paragraph) {
        return matchesAny(commentSignatures, paragraph);
    }

    private static boolean matchesAny(List<Pattern> patterns, String paragraph) {
        String stripped = paragraph.strip();
        return patterns.stream().anyMatch(pattern -> pattern.matcher(stripped).matches());
    }

    private boolean isBoilerplateLine(String paragraph) {
        String stripped = paragraph.strip();
        return wholeLines.stream().anyMatch(pattern -> pattern.matcher(stripped).matches());
    }

    private static void addIfNotBlank(List<String> kept, String text) {
        if (!text.isBlank()) {
            kept.add(text);
        }
    }

    private static boolean startsAny(String lower, List<String> prefixes) {
        return prefixes.stream().anyMatch(lower::startsWith);
    }

    private static boolean containsAny(String lower, List<String> phrases) {
        return phrases.stream().anyMatch(lower::contains);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
