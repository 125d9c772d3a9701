package org.dictum.search.imports.source;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.imports.ImportJob;
import org.dictum.search.application.ArticleJson;

/**
 * Which column (CSV) or key (JSON Lines) of a source holds each article field, written
 * {@code text=body,publishedAt=date}. Fields not named are read from the column of their own name.
 * The list fields {@code topics} and {@code actors} are JSON arrays in JSON Lines and
 * {@code ;}-separated in CSV.
 */
public final class FieldMapping {

    public static final List<String> FIELDS =
            List.of("url", "title", "source", "publishedAt", "language", "text", "html", "topics", "actors");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*;\\s*");

    private final Map<String, String> columnOf;
    private final Map<String, String> mapped;

    private FieldMapping(Map<String, String> columnOf, Map<String, String> mapped) {
        this.columnOf = columnOf;
        this.mapped = mapped;
    }

    public static FieldMapping identity() {
        return parse(null);
    }

    /**
     * Parses {@code field=column,...}; null or blank is the identity. A mapping longer than an import keeps is refused
     * here, before anything is kept: it failed the import record's INSERT with a 500.
     */
    public static FieldMapping parse(String spec) {
        Map<String, String> columns = new LinkedHashMap<>();
        FIELDS.forEach(field -> columns.put(field, field));
        Map<String, String> mapped = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return new FieldMapping(columns, mapped);
        }
        if (spec.length() > ImportJob.MAX_MAPPING_LENGTH) {
            throw new InvalidInputException("mapping", "mapping is " + spec.length() + " characters long, more than the "
                    + ImportJob.MAX_MAPPING_LENGTH + " an import keeps: name the column of each field once, as in"
                    + " title=headline,text=body");
        }
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidInputException("mapping", "mapping is a list of field=column pairs separated by commas, not '"
                        + pair.strip() + "'");
            }
            String field = parts[0].strip();
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException("mapping", "Unknown article field '" + field + "' in mapping; fields are "
                        + String.join(", ", FIELDS));
            }
            String column = parts[1].strip();
            if (mapped.containsKey(field)) {
                // The later pair won unseen, and the field was read from a column other than the one the first pair named.
                throw new InvalidInputException("mapping", "mapping names the field '" + field + "' twice (" + field + "="
                        + mapped.get(field) + " and " + field + "=" + column + "): name the one column it is read from");
            }
            columns.put(field, column);
            mapped.put(field, column);
        }
        return new FieldMapping(columns, mapped);
    }

    public String columnOf(String field) {
        return columnOf.get(field);
    }

    /** The columns (or keys) the fields are read from, in the order of {@link #FIELDS}. */
    public List<String> columnsRead() {
        return columnOf.values().stream().distinct().toList();
    }

    /** The columns a source must have for this mapping to find the article's content: text or html. */
    public boolean findsContentIn(Collection<String> columns) {
        return columns.contains(columnOf("text")) || columns.contains(columnOf("html"));
    }

    /**
     * The {@code field=column} pairs the mapping names whose column is not among {@code columns}: a misspelt
     * column would otherwise leave its field absent in every record, unnoticed.
     */
    public List<String> missingFrom(Collection<String> columns) {
        return mapped.entrySet().stream().filter(pair -> !columns.contains(pair.getValue()))
                .map(pair -> pair.getKey() + "=" + pair.getValue()).toList();
    }

    /** The article whose fields {@code value} returns by column name (null: absent). */
    public ArticleJson article(Function<String, String> value, Function<String, List<String>> list) {
        return new ArticleJson(value.apply(columnOf("url")), value.apply(columnOf("title")), value.apply(columnOf("source")),
                value.apply(columnOf("publishedAt")), value.apply(columnOf("language")), value.apply(columnOf("text")),
                value.apply(columnOf("html")), list.apply(columnOf("topics")), list.apply(columnOf("actors")));
    }

    /** A {@code ;}-separated list cell as a list; null or blank is absent. */
    static List<String> splitList(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return Arrays.stream(LIST_SEPARATOR.split(cell.strip())).filter(entry -> !entry.isBlank()).toList();
    }
}
