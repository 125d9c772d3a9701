package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the learned attribution model reads, one method per decision; each feature name starts with the
 * decision's letter so the decisions share one weight vector without mixing. The same code serves training and
 * extraction, so the two cannot drift apart.
 */
final class AttributionFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";

    private final List<Token> tokens;
    private final boolean[] quoted;
    private final CueLexicon lexicon;
    private final String[] lower;

    AttributionFeatures(List<Token> tokens, boolean[] quoted, CueLexicon lexicon) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.lexicon = lexicon;
        this.lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
    }

    int size() {
        return tokens.size();
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    /** Whether token {@code i} ends a cue ("said", "to" of "according to", "claim" of "his claim that"). */
    List<String> cueEnd(int i) {
        List<String> f = new ArrayList<>(24);
        String w = word(i);
        f.add("c:bias");
        f.add("c:w=" + w);
        f.add("c:w-1=" + word(i - 1));
        f.add("c:w+1=" + word(i + 1));
        f.add("c:w-2=" + word(i - 2));
        f.add("c:w+2=" + word(i + 2));
        f.add("c:w-1w=" + word(i - 1) + '|' + w);
        f.add("c:ww+1=" + w + '|' + word(i + 1));
        f.add("c:w-2w-1w=" + word(i - 2) + '|' + word(i - 1) + '|' + w);
        f.add("c:suf=" + suffix(w));
        f.add("c:shape=" + shape(i));
        f.add("c:shapes=" + shape(i - 1) + shape(i) + shape(i + 1));
        f.add("c:q=" + quoted[i]);
        f.add("c:wq=" + w + '|' + quoted[i]);
        f.add("c:lex=" + lexicon.isCueWord(w));
        f.add("c:lex-1=" + (i > 0 && lexicon.isCueWord(lower[i - 1])));
        f.add("c:pos=" + position(i));
        f.add("c:w|pos=" + w + '|' + position(i));
        return f;
    }

    /** Whether the cue ending at {@code end} starts at {@code from} ("is expected", "according to", "claim"). */
    List<String> cueStart(int from, int end) {
        List<String> f = new ArrayList<>(8);
        f.add("b:len=" + (end - from));
        f.add("b:w=" + word(from));
        f.add("b:w|end=" + word(from) + '|' + word(end));
        f.add("b:prev=" + word(from - 1));
        f.add("b:prev|len=" + word(from - 1) + '|' + (end - from));
        f.add("b:span=" + span(from, end + 1));
        return f;
    }

    /** Whether the content of the cue [from, end] comes after it (else before it). */
    List<String> contentAfter(int from, int end) {
        List<String> f = new ArrayList<>(16);
        String cue = span(from, end + 1);
        f.add("d:bias");
        f.add("d:cue=" + cue);
        f.add("d:w=" + word(end));
        f.add("d:next=" + word(end + 1));
        f.add("d:next2=" + word(end + 1) + '|' + word(end + 2));
        f.add("d:prev=" + word(from - 1));
        f.add("d:prev2=" + word(from - 2) + '|' + word(from - 1));
        f.add("d:w|next=" + word(end) + '|' + word(end + 1));
        f.add("d:w|prev=" + word(end) + '|' + word(from - 1));
        f.add("d:before=" + bucket(from));
        f.add("d:after=" + bucket(tokens.size() - end - 1));
        f.add("d:shapes=" + shape(from - 1) + shape(end + 1));
        return f;
    }

    /** Whether the content after the cue ending at {@code cueEnd} starts at token {@code start}. */
    List<String> startAfter(int cueEnd, int start) {
        List<String> f = new ArrayList<>(8);
        int offset = start - cueEnd - 1;
        f.add("s:off=" + offset);
        f.add("s:w=" + word(start));
        f.add("s:prev=" + word(start - 1));
        f.add("s:cue|off=" + word(cueEnd) + '|' + offset);
        f.add("s:between=" + (offset <= 3 ? span(cueEnd + 1, start) : "long"));
        f.add("s:prev|w=" + word(start - 1) + '|' + word(start));
        return f;
    }

    /** Whether a content that starts at {@code start} ends with token {@code end} (inclusive). */
    List<String> endAt(char prefix, int start, int end, int cueEnd) {
        List<String> f = new ArrayList<>(12);
        f.add(prefix + ":w=" + word(end));
        f.add(prefix + ":next=" + word(end + 1));
        f.add(prefix + ":next2=" + word(end + 1) + '|' + word(end + 2));
        f.add(prefix + ":w|next=" + word(end) + '|' + word(end + 1));
        f.add(prefix + ":shapes=" + shape(end) + shape(end + 1) + shape(end + 2));
        f.add(prefix + ":len=" + bucket(end - start + 1));
        f.add(prefix + ":rest=" + bucket(tokens.size() - end - 1));
        f.add(prefix + ":cue|next=" + word(cueEnd) + '|' + word(end + 1));
        f.add(prefix + ":q=" + quoted[end] + '|' + (end + 1 < quoted.length && quoted[end + 1]));
        return f;
    }

    /** Whether a content before the cue starting at {@code cueFrom} starts at token {@code start}. */
    List<String> startBefore(int start, int cueFrom) {
        List<String> f = new ArrayList<>(8);
        f.add("t:w=" + word(start));
        f.add("t:prev=" + word(start - 1));
        f.add("t:prev|w=" + word(start - 1) + '|' + word(start));
        f.add("t:shapes=" + shape(start - 1) + shape(start));
        f.add("t:dist=" + bucket(cueFrom - start));
        f.add("t:q=" + quoted[start]);
        return f;
    }

    private String word(int i) {
        if (i < 0) {
            return START;
        }
        return i >= lower.length ? END : lower[i];
    }

    private String span(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, lower.length); i++) {
            text.append(i > from ? " " : "").append(lower[i]);
        }
        return text.toString();
    }

    private String shape(int i) {
        if (i < 0 || i >= tokens.size()) {
            return "_";
        }
        Token token = tokens.get(i);
        if (token.isQuoteMark()) {
            return "Q";
        }
        if (!token.isWord()) {
            return token.text();
        }
        if (Character.isDigit(token.text().charAt(0))) {
            return "d";
        }
        return token.isCapitalised() ? "X" : "x";
    }

    private String position(int i) {
        return i == 0 ? "first" : i == tokens.size() - 1 ? "last" : i == tokens.size() - 2 ? "penult" : "mid";
    }

    private static String suffix(String w) {
        return w.length() > 3 ? w.substring(w.length() - 3).toLowerCase(Locale.ROOT) : w;
    }

    private static String bucket(int n) {
        return n <= 3 ? Integer.toString(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : n <= 20 ? "11-20" : "20+";
    }
}
