package org.dictum.domain.extraction;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The ways a page spells its headline (the known title, og:title, h1, the title element and its parts around a
 * site name), to recognise the headline when it reappears at the top of the body.
 */
final class Headlines {

    private static final String TITLE_SEPARATORS = "\\s+[-|–—:»«/]+\\s+|\\s*::\\s*|\\s*\\|\\s*";
    private static final int MIN_CONTAINED_WORDS = 4;

    private final String title;
    private final Set<String> spellings;
    private final String titleElement;

    private Headlines(String title, Set<String> spellings, String titleElement) {
        this.title = title;
        this.spellings = spellings;
        this.titleElement = titleElement;
    }

    static Headlines of(Document document, String knownTitle) {
        Set<String> spellings = new LinkedHashSet<>();
        String ogTitle = content(document, "meta[property=og:title]");
        String h1 = document.select("h1").stream().map(Element::text).filter(t -> !t.isBlank()).findFirst().orElse(null);
        String titleElement = document.title();
        for (String spelling : new String[] {knownTitle, ogTitle, content(document, "meta[name=twitter:title]"), h1,
                titleElement}) {
            addSpelling(spellings, spelling);
        }
        document.select("h1").forEach(heading -> addSpelling(spellings, heading.text()));
        for (String part : titleElement.split(TITLE_SEPARATORS)) {
            addSpelling(spellings, part);
        }
        return new Headlines(knownTitle == null || knownTitle.isBlank() ? null : knownTitle.strip(), spellings,
                normalised(titleElement));
    }

    /** The known title, null when there is none. */
    String title() {
        return title;
    }

    boolean isHeadline(String text) {
        String candidate = normalised(text);
        if (candidate.isEmpty()) {
            return false;
        }
        if (spellings.contains(candidate)) {
            return true;
        }
        return candidate.split(" ").length >= MIN_CONTAINED_WORDS && titleElement.contains(candidate);
    }

    private static void addSpelling(Set<String> spellings, String spelling) {
        if (spelling != null && !normalised(spelling).isEmpty()) {
            spellings.add(normalised(spelling));
        }
    }

    private static String content(Document document, String selector) {
        Element meta = document.selectFirst(selector);
        return meta == null ? null : meta.attr("content");
    }

    /** Lower case, letters and digits only, single spaces: punctuation and quote styles differ between spellings. */
    static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
