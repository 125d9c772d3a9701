package org.dictum.domain.extraction;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main text of an HTML page: the paragraphs of the article body, without the headline and without page furniture
 * (navigation, ads, cookie banners, comments, related links, share bars, appeals for donations or subscriptions).
 * <ol>
 *   <li>furniture is dropped by generic markup hints and by per-site rules (both data files);</li>
 *   <li>the rest is cut into text blocks and {@link ContentLocator} finds the body among them;</li>
 *   <li>inside the body, link lists and short non-sentences at its edges (bylines, dates, "Email this") go, the
 *       headline goes, and {@link BoilerplateFilter} removes in-article appeals.</li>
 * </ol>
 * When dropping unlikely containers by their names leaves no body, the page is scored again without that step.
 */
public final class HtmlMainText {

    /** A body shorter than this after dropping unlikely containers makes us score the page again without it. */
    static final int MIN_BODY_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int EDGE_MAX_WORDS = 10;
    /** The headline is looked for in the blocks before the first one this long. */
    private static final int PROSE_WORDS = 20;

    private final BoilerplateFilter boilerplate;
    private final MarkupHints hints;
    private final SiteRules siteRules;
    private final ContentLocator locator;

    HtmlMainText(BoilerplateFilter boilerplate, MarkupHints hints, SiteRules siteRules) {
        this.boilerplate = boilerplate;
        this.hints = hints;
        this.siteRules = siteRules;
        this.locator = new ContentLocator(hints);
    }

    HtmlMainText(BoilerplateFilter boilerplate) {
        this(boilerplate, MarkupHints.standard(), SiteRules.standard());
    }

    /** With the English boilerplate phrases, the generic markup hints and the per-site rules. */
    public static HtmlMainText standard() {
        return new HtmlMainText(BoilerplateFilter.english());
    }

    /** As {@link #standard()} but without per-site rules, to measure what the generic method does alone. */
    public static HtmlMainText withoutSiteRules() {
        return new HtmlMainText(BoilerplateFilter.english(), MarkupHints.standard(), SiteRules.none());
    }

    /**
     * The body and headline of a page, the headline as {@link HtmlMetadataReader} finds it.
     *
     * @param html    the page
     * @param pageUrl where the page was fetched, selects the site rules; may be null
     */
    public MainText extract(String html, String pageUrl) {
        Document document = LenientHtml.parse(html, pageUrl);
        String title = DocumentMetadata.valueOf(new HtmlMetadataReader().read(document, pageUrl).title());
        return extract(document, PageHost.of(document, pageUrl), title);
    }

    /**
     * Extracts the body; the document is changed (furniture removed).
     *
     * @param title the known headline (supplied or from the page's metadata), removed from the body; may be null
     */
    MainText extract(Document document, String host, String title) {
        Headlines headlines = Headlines.of(document, title);
        siteRules.dropFurniture(document, host);
        if (!hints.dropSelector().isEmpty()) {
            document.select(hints.dropSelector()).remove();
        }
        Element root = siteRules.body(document, host).orElse(document.body());
        if (root == null) {
            return new MainText(headlines.title(), "");
        }
        Element unpruned = root.clone();
        List<String> paragraphs = paragraphs(withoutUnlikelyContainers(root), headlines);
        if (String.join("", paragraphs).length() < MIN_BODY_CHARS) {
            List<String> retry = paragraphs(unpruned, headlines);
            if (String.join("", retry).length() > String.join("", paragraphs).length()) {
                paragraphs = retry;
            }
        }
        return MainText.of(headlines.title(), boilerplate.removeFrom(paragraphs));
    }

    private Element withoutUnlikelyContainers(Element root) {
        List<Element> unlikely = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !isStructural(element) && hints.isUnlikelyContainer(element)) {
                unlikely.add(element);
            }
        }
        unlikely.forEach(Element::remove);
        return root;
    }

    private static boolean isStructural(Element element) {
        return switch (element.normalName()) {
            case "html", "body", "article", "main", "a" -> true;
            default -> false;
        };
    }

    private List<String> paragraphs(Element root, Headlines headlines) {
        List<TextBlock> blocks = TextBlocks.of(root);
        LinkLists linkLists = LinkLists.of(blocks);
        List<Element> body = locator.locate(root, blocks, linkLists);
        List<TextBlock> inBody = blocks.stream()
                .filter(block -> body.stream().anyMatch(block::isInside))
                .filter(block -> block.linkDensity() <= MAX_LINK_DENSITY && !linkLists.contains(block))
                .toList();
        List<TextBlock> kept = trimEdges(afterHeadline(inBody, headlines));
        List<String> paragraphs = new ArrayList<>();
        boolean beforeProse = true;
        for (TextBlock block : kept) {
            if (beforeProse && headlines.isHeadline(block.text())) {
                continue;
            }
            beforeProse &= block.words() < PROSE_WORDS;
            paragraphs.add(block.text());
        }
        return paragraphs;
    }

    /**
     * An article starts after its headline: when the headline is printed inside the body with less text before it
     * than after it, what comes before it (teasers, promotions of the column the body shares) is dropped.
     */
    private static List<TextBlock> afterHeadline(List<TextBlock> blocks, Headlines headlines) {
        int wordsBefore = 0;
        int total = blocks.stream().mapToInt(TextBlock::words).sum();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (headlines.isHeadline(block.text())) {
                return wordsBefore < total - wordsBefore - block.words() ? blocks.subList(i + 1, blocks.size()) : blocks;
            }
            wordsBefore += block.words();
        }
        return blocks;
    }

    /** Bylines, dates and tool links sit at the edges of a body: short lines that are not sentences. */
    private static List<TextBlock> trimEdges(List<TextBlock> blocks) {
        int start = 0;
        int end = blocks.size();
        while (start < end && isEdgeFurniture(blocks.get(start))) {
            start++;
        }
        while (end > start && isEdgeFurniture(blocks.get(end - 1))) {
            end--;
        }
        return blocks.subList(start, end);
    }

    private static boolean isEdgeFurniture(TextBlock block) {
        return block.words() <= EDGE_MAX_WORDS && !block.endsLikeSentence();
    }

    /** The page's host for site rules: the given URL's, else the canonical, og:url or base URL's. */
    static final class PageHost {

        private PageHost() {
        }

        static String of(Document document, String pageUrl) {
            for (String url : new String[] {pageUrl,
                    attr(document, "link[rel=canonical]", "href"),
                    attr(document, "meta[property=og:url]", "content"),
                    attr(document, "base[href]", "href")}) {
                String host = hostOf(url);
                if (host != null) {
                    return host;
                }
            }
            return null;
        }

        static String hostOf(String url) {
            if (url == null || url.isBlank()) {
                return null;
            }
            try {
                return URI.create(url.strip()).getHost();
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }

        private static String attr(Document document, String selector, String attribute) {
            Element element = document.selectFirst(selector);
            return element == null ? null : element.attr(attribute);
        }
    }
}
