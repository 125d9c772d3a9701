package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads author names from a byline ("By Jane Doe and John Roe, Reuters" gives Jane Doe, John Roe, Reuters): the
 * leading "By" and whatever follows a dash or bar (a role, a date) are dropped, the rest is split at "and", "&amp;" and commas. A part that
 * does not look like a name (a URL, an e-mail address, digits, more than six words) is left out.
 */
final class Bylines {

    static final int MAX_BYLINE_LENGTH = 120;
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern LEADING_BY = Pattern.compile("^(?i)(written\\s+)?(by|from)\\s*:?\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?i:and)\\s+|\\s*[&,;/]\\s*");
    /** What follows a dash or bar is a role or a date: "Jane Doe - Staff Writer", "Jane Doe | 9 Jan". */
    private static final Pattern TRAILER = Pattern.compile("\\s+[-–—|]\\s+.*$|\\s*\\|.*$");
    private static final Pattern BYLINE_LINE = Pattern.compile("^[Bb][Yy]\\s*:?\\s+\\p{Lu}.*");

    private Bylines() {
    }

    /** True for a line that is a byline: "By Jane Doe", short. */
    static boolean isByline(String line) {
        String stripped = line.strip();
        return stripped.length() <= MAX_BYLINE_LENGTH && BYLINE_LINE.matcher(stripped).matches();
    }

    static List<String> names(String byline) {
        if (byline == null || byline.isBlank() || byline.length() > MAX_BYLINE_LENGTH || byline.contains("://")) {
            return List.of();
        }
        String text = LEADING_BY.matcher(byline.strip().replaceAll("\\s+", " ")).replaceFirst("");
        text = TRAILER.matcher(text).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String name = part.strip();
            if (looksLikeName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean looksLikeName(String part) {
        if (part.isEmpty() || !Character.isLetter(part.charAt(0)) || part.contains("@") || part.contains("://")) {
            return false;
        }
        return part.chars().noneMatch(Character::isDigit) && part.split(" ").length <= MAX_NAME_WORDS;
    }
}
