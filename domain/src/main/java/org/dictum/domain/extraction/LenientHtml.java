package org.dictum.domain.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses HTML as browsers do (jsoup), after repairing what swallows pages whole: a {@code <title>} that is never
 * closed before the next tag is closed at the end of its first line, so the page after it is not read as title text.
 */
final class LenientHtml {

    private static final Pattern TITLE_OPEN = Pattern.compile("<title[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_CLOSE = Pattern.compile("</title\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!]");

    private LenientHtml() {
    }

    static Document parse(String html, String baseUri) {
        return Jsoup.parse(repairTitle(html), baseUri == null ? "" : baseUri);
    }

    static String repairTitle(String html) {
        Matcher open = TITLE_OPEN.matcher(html);
        if (!open.find()) {
            return html;
        }
        int textStart = open.end();
        Matcher close = TITLE_CLOSE.matcher(html);
        int closeAt = close.find(textStart) ? close.start() : html.length();
        Matcher tag = TAG.matcher(html);
        int nextTag = tag.find(textStart) ? tag.start() : html.length();
        if (closeAt <= nextTag) {
            return html;
        }
        int lineEnd = html.indexOf('\n', textStart);
        int titleEnd = lineEnd < 0 ? nextTag : Math.min(lineEnd, nextTag);
        return html.substring(0, titleEnd) + "</title>" + html.substring(titleEnd);
    }
}
