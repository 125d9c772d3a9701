package org.dictum.search.saved;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.savedsearch.SavedSearch;
import org.dictum.search.export.CitationFormat;

/**
 * How to cite a frozen search: its owner as author, its name as title, the freeze date, what it
 * records and its permalink, as formatted text, BibTeX, RIS or CSL-JSON.
 */
public final class Citation {

    /** The formats of {@code GET /api/saved/{publicId}/citation}. */
    public enum Format {
        TEXT("text", "text/plain;charset=UTF-8"),
        BIBTEX("bibtex", "application/x-bibtex;charset=UTF-8"),
        RIS("ris", "application/x-research-info-systems;charset=UTF-8"),
        CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json;charset=UTF-8");

        private final String parameter;
        private final String mediaType;

        Format(String parameter, String mediaType) {
            this.parameter = parameter;
            this.mediaType = mediaType;
        }

        public String parameter() {
            return parameter;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> byParameter(String value) {
            return Arrays.stream(values()).filter(f -> f.parameter.equals(value)).findFirst();
        }
    }

    static final String PUBLISHER = "Dictum archive";

    private final String author;
    private final String title;
    private final LocalDate frozenOn;
    private final String description;
    private final String url;
    private final String key;

    private Citation(SavedSearch frozen, String permalink) {
        this.author = frozen.getOwner().getName();
        this.title = frozen.getName();
        this.frozenOn = LocalDate.ofInstant(frozen.getFrozenAt().orElseThrow(), ZoneOffset.UTC);
        this.description = "Saved search of " + frozen.getTarget().parameter() + ", frozen on " + frozenOn + " with "
                + frozen.getFrozenIds().size() + " of " + frozen.getFrozenTotal() + " results recorded; query: "
                + (frozen.getQuery().isEmpty() ? "(everything)" : frozen.getQuery());
        this.url = permalink;
        this.key = "dictum-" + frozen.getPublicId().orElseThrow().substring(0, 8);
    }

    /** The citation of a frozen search whose permalink is {@code permalink} (an absolute URL). */
    public static Citation of(SavedSearch frozen, String permalink) {
        if (!frozen.isFrozen()) {
            throw new IllegalStateException("Only a frozen search can be cited");
        }
        return new Citation(frozen, permalink);
    }

    public String in(Format format) {
        return switch (format) {
            case TEXT -> text();
            case BIBTEX -> bibtex();
            case RIS -> ris();
            case CSL_JSON -> cslJson();
        };
    }

    /** {@code admin (2022). Russia talks [Data set]. Dictum archive. Saved search of ... <url>} */
    public String text() {
        return author + " (" + frozenOn.getYear() + "). " + title + " [Data set]. " + PUBLISHER + ". " + description
                + ". " + url;
    }

    public String bibtex() {
        return "@misc{" + key + ",\n"
                + "  author = {" + bibtexEscape(author) + "},\n"
                + "  title = {" + bibtexEscape(title) + "},\n"
                + "  year = {" + frozenOn.getYear() + "},\n"
                + "  date = {" + frozenOn + "},\n"
                + "  publisher = {" + PUBLISHER + "},\n"
                + "  howpublished = {\\url{" + url + "}},\n"
                + "  url = {" + url + "},\n"
                + "  note = {" + bibtexEscape(description) + "}\n"
                + "}\n";
    }

    public String ris() {
        return "TY  - DATA\r\n"
                + "AU  - " + oneLine(author) + "\r\n"
                + "TI  - " + oneLine(title) + "\r\n"
                + "PY  - " + frozenOn.getYear() + "\r\n"
                + "DA  - " + frozenOn.format(DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT)) + "\r\n"
                + "PB  - " + PUBLISHER + "\r\n"
                + "UR  - " + url + "\r\n"
                + "N1  - " + oneLine(description) + "\r\n"
                + "ER  - \r\n";
    }

    public String cslJson() {
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", key)
                .add("type", "dataset")
                .add("title", title)
                .add("author", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", author)))
                .add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder().add(
                        Json.createArrayBuilder().add(frozenOn.getYear()).add(frozenOn.getMonthValue()).add(frozenOn.getDayOfMonth()))))
                .add("publisher", PUBLISHER)
                .add("URL", url)
                .add("note", description))
                .build().toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /** A value in a BibTeX field: escaped as every citation of the archive is (see {@link CitationFormat#bibEscape}). */
    static String bibtexEscape(String text) {
        return CitationFormat.bibEscape(text);
    }
}
