package org.dictum.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text of an HTML page: the text paragraphs of the article body (p, h2-h6, li, blockquote) after page
 * furniture (scripts, navigation, header, footer, asides, forms...) is dropped. The title comes from og:title,
 * the first h1 or the title element, unless one was supplied.
 */
final class HtmlMainText {

    private static final String PAGE_FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, button, figure, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String TEXT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote";

    private final BoilerplateFilter boilerplate;

    HtmlMainText(BoilerplateFilter boilerplate) {
        this.boilerplate = boilerplate;
    }

    MainText extract(String html, String suppliedTitle) {
        Document document = Jsoup.parse(html);
        String pageTitle = pageTitle(document);
        document.select(PAGE_FURNITURE).remove();
        List<String> paragraphs = new ArrayList<>(boilerplate.removeFrom(paragraphs(bodyRoot(document))));
        String title = PlainTextMainText.Headline.takeFrom(paragraphs, suppliedTitle);
        if (title == null) {
            title = pageTitle;
            if (!paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(pageTitle)) {
                paragraphs.remove(0);
            }
        }
        return MainText.of(title, paragraphs);
    }

    private static String pageTitle(Document document) {
        Element ogTitle = document.selectFirst("meta[property=og:title]");
        if (ogTitle != null && !ogTitle.attr("content").isBlank()) {
            return ogTitle.attr("content").strip();
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return document.title().isBlank() ? null : document.title().strip();
    }

    private static Element bodyRoot(Document document) {
        for (String candidate : List.of("article", "main", "[role=main]")) {
            Element root = document.selectFirst(candidate);
            if (root != null) {
                return root;
            }
        }
        return document.body();
    }

    /** Innermost text blocks in document order, so a p inside a blockquote is not taken twice. */
    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(TEXT_BLOCKS)) {
            boolean hasInnerBlock = block.select(TEXT_BLOCKS).size() > 1;
            String text = block.text().strip();
            if (!hasInnerBlock && !text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && !root.text().isBlank()) {
            paragraphs.add(root.text().strip());
        }
        return paragraphs;
    }
}
