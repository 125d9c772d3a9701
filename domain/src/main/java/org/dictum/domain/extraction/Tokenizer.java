package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words, numbers and punctuation marks with their offsets. Words keep inner apostrophes and
 * hyphens ("Clinton’s", "don’t", "R-Texas") and a plural possessive apostrophe ("Sanders' team"); initialisms
 * ("U.S."), known abbreviations ("Sen.") and middle initials ("Donald J. Trump") keep their periods, codes in
 * capitals keep their inner ones ("VOWG.F"); a doubled
 * apostrophe ('') is one quotation mark.
 */
final class Tokenizer {

    /**
     * A letter with the combining marks that follow it: "ö" may be written as "o" and U+0308 (decomposed, NFD),
     * and the archived text is kept as written, so "Jörg" so written is still one word.
     */
    private static final String LETTER = "\\p{L}\\p{M}*";
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}]\\p{M}*";

    /** How a website's name ends: ".com", ".co.uk" … */
    static final String WEBSITE_ENDING = "\\.(?:com|org|net|gov|edu|info|io|co\\.uk)";
    /** "BET.com", "PR-Inside.com": a site's name is one word, its dots no sentence ends. */
    private static final String WEBSITE = "(?:" + WORD_CHARACTER + ")+(?:[-.](?:" + WORD_CHARACTER + ")+)*"
            + WEBSITE_ENDING + "(?![\\p{L}\\p{N}])";

    /** "VOWG.F" (a wire service's ticker), "D-N.Y." (a congressman's party and state), "S/P": capitals with dots or a slash, one word. */
    private static final String DOTTED_CODE = "\\p{Lu}+(?:-\\p{Lu}+)?(?:\\.\\p{Lu}+)+\\.?(?![\\p{L}\\p{N}])"
            + "|\\p{Lu}{1,3}/\\p{Lu}{1,3}(?![\\p{L}\\p{N}])";   // "S/P" (Standard and Poor's), "A/S" (a Danish company's form)

    private static final Pattern TOKEN = Pattern.compile(
            WEBSITE
                    + "|" + DOTTED_CODE
                    + "|(?:" + LETTER + "\\.){2,}"
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*(?:%|(?:" + LETTER + ")+)?"
                    + "|(?:" + WORD_CHARACTER + ")+(?:[’'\\-&](?:" + WORD_CHARACTER + ")+)*(?:(?<=s)['’](?=\\s+\\p{Ll}))?\\.?"
                    + "|''|``"
                    + "|\\S");

    private static final Pattern MIDDLE_INITIAL_FOLLOWER = Pattern.compile("\\s+\\p{Lu}\\p{M}*\\p{Ll}");

    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    static Tokenizer english() {
        return new Tokenizer(Abbreviations.english());
    }

    List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            String token = matcher.group();
            if (token.length() > 1 && token.endsWith(".") && !keepsPeriod(token)
                    && !isMiddleInitial(text, token, tokens, matcher.end(), to)) {
                tokens.add(new Token(token.substring(0, token.length() - 1), matcher.start(), matcher.end() - 1));
                tokens.add(new Token(".", matcher.end() - 1, matcher.end()));
            } else {
                tokens.add(new Token(token, matcher.start(), matcher.end()));
            }
        }
        return tokens;
    }

    /** "J." in "Donald J. Trump": one capital letter with its period, between capitalised words. */
    private static boolean isMiddleInitial(String text, String token, List<Token> before, int end, int to) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && !before.isEmpty()
                && before.get(before.size() - 1).isCapitalised() && before.get(before.size() - 1).text().length() > 1
                && MIDDLE_INITIAL_FOLLOWER.matcher(text).region(end, to).lookingAt();
    }

    /** "U.S." and "Sen." keep their period; "said." does not. */
    private boolean keepsPeriod(String token) {
        return abbreviations.contains(token) || token.indexOf('.') < token.length() - 1 && token.matches("(?:" + LETTER + "\\.)+(?:" + LETTER + ")?\\.?");
    }
}
