package org.dictum.domain.extraction;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what an HTML page says about itself, each field from the most explicit place that has it:
 * <ul>
 *   <li>title: og:title, JSON-LD headline, the title element without its site name, the first h1;</li>
 *   <li>authors: JSON-LD author, meta author names, a byline element or a "By ..." line;</li>
 *   <li>published: JSON-LD datePublished, article:published_time, meta date names, {@code <time datetime>}, a date
 *       in the canonical or page URL, a dateline (a date printed in a date/time element or after the h1);</li>
 *   <li>source: JSON-LD publisher name, og:site_name, meta application-name;</li>
 *   <li>canonical URL: link rel=canonical, og:url (absolute http(s) only);</li>
 *   <li>language as declared: JSON-LD inLanguage, {@code <html lang>}, meta content-language, og:locale. Detection
 *       from the main text is {@link LanguageDetection}'s job.</li>
 * </ul>
 * The document is only read, never changed.
 */
final class HtmlMetadataReader {

    private static final List<String> META_DATE_NAMES = List.of("date", "pubdate", "publishdate", "publish-date",
            "publish_date", "publication_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
            "dcterms.issued", "article.published", "article_date_original", "original-publish-date", "sailthru.date",
            "parsely-pub-date", "og:published_time", "displaydate", "creation_date");
    private static final List<String> META_AUTHOR_NAMES = List.of("author", "article:author", "dc.creator",
            "dcterms.creator", "byl", "sailthru.author", "parsely-author");
    private static final String BYLINE_ELEMENTS = "[rel=author], [itemprop=author], .byline, .by-line, .byLine, #byline,"
            + " .author, .article-author, .storyby, .story-byline";
    private static final Pattern DATE_CLASS = Pattern.compile("date|time|posted|published|updated|dateline",
            Pattern.CASE_INSENSITIVE);
    private static final String TITLE_SEPARATORS = "\\s+[-|–—:»«/>]+\\s+|\\s*::\\s*|\\s*\\|\\s*|_";
    private static final int MAX_PRINTED_HEADLINE = 300;
    private static final int MAX_DATELINE_LENGTH = 100;
    private static final int TEXT_AFTER_HEADLINE = 400;

    DocumentMetadata read(Document document, String pageUrl) {
        JsonLd jsonLd = JsonLd.of(document);
        Sourced<String> canonical = canonicalUrl(document);
        return new DocumentMetadata(title(document, jsonLd), authors(document, jsonLd),
                publishedAt(document, jsonLd, canonical, pageUrl), source(document, jsonLd), canonical,
                declaredLanguage(document, jsonLd));
    }

    private static Sourced<String> title(Document document, JsonLd jsonLd) {
        return first(
                () -> Sourced.text(meta(document, "property", "og:title"), "og"),
                () -> Sourced.text(jsonLd.text("headline").orElse(null), "json-ld"),
                () -> Sourced.text(titleWithoutSiteName(document), "title"),
                () -> Sourced.text(firstText(document, "h1"), "h1"));
    }

    /**
     * The title element without the site's name: of its parts around separators ("Headline - Section - Site"), the
     * longest one the page also prints as an element of its own (the headline on the page) unless it is much shorter
     * than the longest part (then it is the printed site name), else the longest part.
     */
    static String titleWithoutSiteName(Document document) {
        String title = document.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        String[] parts = title.split(TITLE_SEPARATORS);
        if (parts.length == 1) {
            return title;
        }
        String longest = parts[0];
        for (String part : parts) {
            if (words(part) > words(longest)) {
                longest = part;
            }
        }
        Set<String> printed = printedTexts(document);
        String best = null;
        for (String part : parts) {
            boolean headlineSized = 2 * words(part) >= words(longest);
            if (headlineSized && printed.contains(Headlines.normalised(part)) && (best == null || words(part) > words(best))) {
                best = part;
            }
        }
        return best != null ? best : longest;
    }

    /** Normalised texts of the page's short elements: where a printed headline would be. */
    private static Set<String> printedTexts(Document document) {
        Set<String> texts = new HashSet<>();
        Element body = document.body();
        if (body != null) {
            for (Element element : body.getAllElements()) {
                if (element.ownText().length() > 0 && element.text().length() <= MAX_PRINTED_HEADLINE) {
                    texts.add(Headlines.normalised(element.text()));
                }
            }
        }
        return texts;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    private static Sourced<List<String>> authors(Document document, JsonLd jsonLd) {
        List<String> fromJsonLd = jsonLd.names("author").stream().flatMap(name -> Bylines.names(name).stream()).toList();
        if (!fromJsonLd.isEmpty()) {
            return Sourced.of(fromJsonLd, "json-ld");
        }
        for (String name : META_AUTHOR_NAMES) {
            String attribute = name.contains(":") ? "property" : "name";
            List<String> names = Bylines.names(meta(document, attribute, name));
            if (!names.isEmpty()) {
                return Sourced.of(names, "meta:" + name);
            }
        }
        for (Element element : document.select(BYLINE_ELEMENTS)) {
            List<String> names = Bylines.names(element.text());
            if (!names.isEmpty()) {
                return Sourced.of(names, "byline");
            }
        }
        Element body = document.body();
        if (body != null) {
            for (Element block : body.select("p, div, span, td, font, b, strong, em, i")) {
                if (block.ownText().length() > 3 && Bylines.isByline(block.text())) {
                    List<String> names = Bylines.names(block.text());
                    if (!names.isEmpty()) {
                        return Sourced.of(names, "byline");
                    }
                }
            }
        }
        return null;
    }

    private static Sourced<OffsetDateTime> publishedAt(Document document, JsonLd jsonLd, Sourced<String> canonical,
                                                String pageUrl) {
        Optional<OffsetDateTime> fromJsonLd = jsonLd.text("datePublished").flatMap(PublicationDates::parse);
        if (fromJsonLd.isPresent()) {
            return Sourced.of(fromJsonLd.get(), "json-ld");
        }
        Optional<OffsetDateTime> fromOpenGraph = PublicationDates.parse(meta(document, "property", "article:published_time"));
        if (fromOpenGraph.isPresent()) {
            return Sourced.of(fromOpenGraph.get(), "og");
        }
        for (String name : META_DATE_NAMES) {
            Optional<OffsetDateTime> date = PublicationDates.parse(meta(document, "name", name))
                    .or(() -> PublicationDates.parse(meta(document, "property", name)))
                    .or(() -> PublicationDates.parse(meta(document, "itemprop", name)));
            if (date.isPresent()) {
                return Sourced.of(date.get(), "meta:" + name);
            }
        }
        Optional<OffsetDateTime> itemprop = PublicationDates.parse(attr(document, "[itemprop=datePublished]", "content"))
                .or(() -> PublicationDates.parse(attr(document, "[itemprop=datePublished]", "datetime")));
        if (itemprop.isPresent()) {
            return Sourced.of(itemprop.get(), "meta:itemprop");
        }
        for (Element time : document.select("time[pubdate][datetime], article time[datetime], time[datetime]")) {
            Optional<OffsetDateTime> date = PublicationDates.parse(time.attr("datetime"));
            if (date.isPresent()) {
                return Sourced.of(date.get(), "time");
            }
        }
        Optional<OffsetDateTime> fromUrl = PublicationDates.inUrl(DocumentMetadata.valueOf(canonical))
                .or(() -> PublicationDates.inUrl(pageUrl));
        if (fromUrl.isPresent()) {
            return Sourced.of(fromUrl.get(), "url");
        }
        return dateline(document).map(date -> Sourced.of(date, "dateline")).orElse(null);
    }

    /** A date printed on the page: in a short element named for dates, else just after the headline. */
    private static Optional<OffsetDateTime> dateline(Document document) {
        Element body = document.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element element : body.getAllElements()) {
            String names = element.className() + " " + element.id();
            if (!names.isBlank() && DATE_CLASS.matcher(names).find() && element.text().length() <= MAX_DATELINE_LENGTH) {
                Optional<OffsetDateTime> date = PublicationDates.inProse(element.text());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            String text = body.text();
            int at = text.indexOf(h1.text());
            if (at >= 0) {
                int from = at + h1.text().length();
                return PublicationDates.inProse(text.substring(from, Math.min(text.length(), from + TEXT_AFTER_HEADLINE)));
            }
        }
        return Optional.empty();
    }

    private static Sourced<String> source(Document document, JsonLd jsonLd) {
        return first(
                () -> Sourced.text(jsonLd.names("publisher").stream().findFirst().orElse(null), "json-ld"),
                () -> Sourced.text(meta(document, "property", "og:site_name"), "og"),
                () -> Sourced.text(meta(document, "name", "application-name"), "meta:application-name"));
    }

    private static Sourced<String> canonicalUrl(Document document) {
        return first(
                () -> Sourced.text(webAddress(absolute(document.selectFirst("link[rel=canonical][href]"), "href")),
                        "canonical"),
                () -> Sourced.text(webAddress(absolute(document.selectFirst("meta[property=og:url][content]"), "content")),
                        "og"));
    }

    private static Sourced<String> declaredLanguage(Document document, JsonLd jsonLd) {
        return first(
                () -> Sourced.text(LanguageDetection.primaryLanguage(jsonLd.text("inLanguage").orElse(null)), "json-ld"),
                () -> Sourced.text(LanguageDetection.primaryLanguage(attr(document, "html[lang]", "lang")), "html-lang"),
                () -> Sourced.text(LanguageDetection.primaryLanguage(attr(document, "html[xml:lang]", "xml:lang")),
                        "html-lang"),
                () -> Sourced.text(LanguageDetection.primaryLanguage(
                        attr(document, "meta[http-equiv~=(?i)content-language]", "content")), "meta:content-language"),
                () -> Sourced.text(LanguageDetection.primaryLanguage(meta(document, "property", "og:locale")), "og"));
    }

    @SafeVarargs
    private static <T> Sourced<T> first(Supplier<Sourced<T>>... candidates) {
        for (Supplier<Sourced<T>> candidate : candidates) {
            Sourced<T> found = candidate.get();
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(Document document, String attribute, String name) {
        for (Element meta : document.select("meta[" + attribute + "][content]")) {
            if (meta.attr(attribute).strip().toLowerCase(Locale.ROOT).equals(name) && !meta.attr("content").isBlank()) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String attr(Document document, String selector, String attribute) {
        Element element = document.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String absolute(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String absolute = element.absUrl(attribute);
        return absolute.isEmpty() ? element.attr(attribute) : absolute;
    }

    private static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? url.strip() : null;
    }

    private static String firstText(Document document, String selector) {
        List<String> texts = new ArrayList<>();
        document.select(selector).forEach(element -> {
            if (!element.text().isBlank()) {
                texts.add(element.text().strip());
            }
        });
        return texts.isEmpty() ? null : texts.get(0);
    }
}
