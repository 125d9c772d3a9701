package org.dictum.search.export;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Citation formats: RIS, BibTeX and CSL-JSON, each written by {@link #write}. */
public enum CitationFormat {
    RIS("ris", "application/x-research-info-systems;charset=UTF-8", "ris"),
    BIBTEX("bibtex", "application/x-bibtex;charset=UTF-8", "bib"),
    CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json;charset=UTF-8", "json");

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private final String parameter;
    private final String mediaType;
    private final String extension;

    CitationFormat(String parameter, String mediaType, String extension) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<CitationFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (CitationFormat format : values()) {
            if (format.parameter.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String write(Citation c) {
        return switch (this) {
            case RIS -> ris(c);
            case BIBTEX -> bibtex(c);
            case CSL_JSON -> cslJson(c);
        };
    }

    /** RIS: a newspaper article ({@code TY  - NEWS}), one tag per line, CRLF, ending {@code ER  - }. */
    private static String ris(Citation c) {
        StringBuilder out = new StringBuilder();
        risLine(out, "TY", "NEWS");
        risLine(out, "ID", c.key());
        risLine(out, "TI", c.title());
        risLine(out, "AU", c.author());
        risLine(out, "T2", c.container());
        if (c.issued() != null) {
            risLine(out, "PY", String.valueOf(c.issued().getYear()));
            risLine(out, "DA", risDate(c.issued()));
        }
        risLine(out, "UR", c.url());
        risLine(out, "Y2", c.accessed() == null ? null : risDate(c.accessed()));
        risLine(out, "LA", c.language());
        risLine(out, "DB", "Dictum");
        risLine(out, "L2", c.archivePage());
        risLine(out, "N1", c.note());
        out.append("ER  - \r\n");
        return out.toString();
    }

    private static void risLine(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
        }
    }

    private static String risDate(LocalDate date) {
        return String.format(Locale.ROOT, "%04d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** BibTeX {@code @article} with {@code url} and {@code urldate}; every value escaped for LaTeX. */
    private static String bibtex(Citation c) {
        StringBuilder out = new StringBuilder("@article{").append(c.key()).append(",\n");
        bibField(out, "title", c.title());
        if (c.author() != null) {
            out.append("  author = {{").append(bibEscape(c.author())).append("}},\n");
        }
        bibField(out, "journal", c.container());
        if (c.issued() != null) {
            bibField(out, "year", String.valueOf(c.issued().getYear()));
            out.append("  month = ").append(MONTHS[c.issued().getMonthValue() - 1]).append(",\n");
            bibField(out, "date", c.issued().toString());
        }
        bibField(out, "url", c.url());
        bibField(out, "urldate", c.accessed() == null ? null : c.accessed().toString());
        bibField(out, "language", c.language());
        bibField(out, "note", c.note());
        out.setLength(out.length() - 2);
        return out.append("\n}\n").toString();
    }

    private static void bibField(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append("  ").append(name).append(" = {").append(name.equals("url") ? bibUrl(value) : bibEscape(value))
                    .append("},\n");
        }
    }

    /**
     * LaTeX's special characters as commands, so that a title with {@code 50% & $} survives BibTeX. Braces
     * become the commands textbraceleft and textbraceright, not a backslash and the brace: BibTeX counts every
     * brace of a field, escaped or not, so a lone escaped brace left the field open to the end of the file.
     */
    public static String bibEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char ch : value.replaceAll("\\s+", " ").strip().toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '$', '&', '%', '#', '_' -> out.append('\\').append(ch);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** A URL keeps its characters (the url package reads it verbatim), only braces and % are escaped. */
    private static String bibUrl(String url) {
        return url.replace("%", "\\%").replace("{", "%7B").replace("}", "%7D");
    }

    /** CSL-JSON: an array with one {@code article-newspaper} item. */
    private static String cslJson(Citation c) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("id", c.key()).add("type", "article-newspaper")
                .add("title", c.title());
        if (c.author() != null) {
            item.add("author", Json.createArrayBuilder().add(Json.createObjectBuilder().add("literal", c.author())));
        }
        addIfPresent(item, "container-title", c.container());
        if (c.issued() != null) {
            item.add("issued", dateParts(c.issued()));
        }
        addIfPresent(item, "URL", c.url());
        if (c.accessed() != null) {
            item.add("accessed", dateParts(c.accessed()));
        }
        addIfPresent(item, "language", c.language());
        item.add("archive", "Dictum");
        addIfPresent(item, "archive_location", c.archivePage());
        addIfPresent(item, "note", c.note());
        return Json.createArrayBuilder().add(item).build().toString();
    }

    private static JsonObjectBuilder dateParts(LocalDate date) {
        return Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(date.getYear()).add(date.getMonthValue()).add(date.getDayOfMonth())));
    }

    private static void addIfPresent(JsonObjectBuilder item, String name, String value) {
        if (value != null && !value.isBlank()) {
            item.add(name, value);
        }
    }
}
