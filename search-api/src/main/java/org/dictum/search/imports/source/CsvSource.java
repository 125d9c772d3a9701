package org.dictum.search.imports.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV (RFC 4180) with a header row naming the columns; the mapping says which column holds which
 * article field. Columns without a name (the empty ones spreadsheets leave at the end of a header) are not read; a
 * column the mapping reads named twice fails the source rather than one of them winning unseen.
 * A row with a different number of values than the header, or one over the {@link RecordLimit}
 * (commons-csv has read it whole by then), is a malformed record;
 * a header without a text or html column, or broken quoting, fails the source.
 */
final class CsvSource implements RecordSource {

    /** commons-csv's words for a quoted value still open at the end of the file. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final FieldMapping mapping;
    private final RecordLimit limit;
    private final RowBudget budget;
    private final int columns;
    private long lineBeforeRow;

    /**
     * How many times the record limit a row may run on for before the source fails: commons-csv reads a row whole,
     * so a row over the limit is refused only once read, and one quote never closed in a large file made it read
     * the whole rest of the file into one value (gigabytes of heap) before saying so.
     */
    private static final int RUN_ON_FACTOR = 2;

    /** Characters the readers under commons-csv read ahead of the row they parse (two buffers of 8,192). */
    private static final int READ_AHEAD = 64 * 1024;

    CsvSource(Path file, FieldMapping mapping, RecordLimit limit) throws IOException {
        this.file = file;
        this.limit = limit;
        this.budget = new RowBudget(Utf8Files.open(file), RUN_ON_FACTOR * limit.maxBytes() + READ_AHEAD);
        try {
            // Spaces after the commas ("title, text, url", as people and some tools write CSV) are no part of the names
            // or values: read with them, no column was named text, and a mapping could not name " text" either.
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                    .get().parse(budget);
        } catch (RowBudget.Exceeded runOn) {
            budget.close();
            throw runsOn("the header row", runOn);
        }
        this.mapping = mapping;
        List<String> header = parser.getHeaderNames();
        this.columns = header.size();
        if (header.isEmpty()) {
            parser.close();
            throw new ImportSourceException(file.getFileName() + " is empty: a CSV file starts with a header row naming its columns");
        }
        if (!mapping.findsContentIn(header)) {
            parser.close();
            throw new ImportSourceException("The CSV header " + header + " has neither the column '" + mapping.columnOf("text")
                    + "' nor '" + mapping.columnOf("html") + "'" + separatorHint(header)
                    + ": name the content column with a mapping such as " + contentMappingFor(header, mapping));
        }
        List<String> missing = mapping.missingFrom(header);
        if (!missing.isEmpty()) {
            parser.close();
            throw new ImportSourceException("The mapping names " + (missing.size() == 1 ? "a column" : "columns")
                    + " the CSV header " + header + " does not have: " + String.join(", ", missing)
                    + " (column names are matched exactly, upper and lower case included)");
        }
        Optional<String> twice = mapping.columnsRead().stream().filter(column -> header.indexOf(column) != header.lastIndexOf(column))
                .findFirst();
        if (twice.isPresent()) {
            parser.close();
            throw new ImportSourceException("The CSV header names the column '" + twice.get() + "' twice (columns "
                    + (header.indexOf(twice.get()) + 1) + " and " + (header.lastIndexOf(twice.get()) + 1)
                    + "): rename one of them, so that it is clear which one the field is read from");
        }
        this.rows = parser.iterator();
        budget.renew();
        lineBeforeRow = parser.getCurrentLineNumber();
    }

    /**
     * The mapping to suggest for a header without the content column: {@code text=Text} where a column differs from it
     * only in case (names are matched exactly, and "Text" was told only to name a column, as if none were there).
     */
    private static String contentMappingFor(List<String> header, FieldMapping mapping) {
        for (String field : List.of("text", "html")) {
            String wanted = mapping.columnOf(field);
            Optional<String> differentCase = header.stream().filter(column -> column.equalsIgnoreCase(wanted)).findFirst();
            if (differentCase.isPresent()) {
                return field + "=" + differentCase.get() + " (column names are matched exactly, upper and lower case included)";
            }
        }
        return "text=body";
    }

    /**
     * Spreadsheets in many locales save "CSV" separated by semicolons or tabs, which reads as a single column whose
     * name holds all the others; say so rather than only that the text column is missing.
     */
    private static String separatorHint(List<String> header) {
        if (header.size() != 1) {
            return "";
        }
        String only = header.get(0);
        String separator = only.contains(";") ? "';'" : only.contains("\t") ? "tabs" : null;
        return separator == null ? "" : " (it reads as one column: the file seems separated by " + separator
                + ", but CSV is read separated by commas; save it as comma-separated CSV)";
    }

    @Override
    public Optional<SourceRecord> next() {
        CSVRecord row;
        try {
            if (!rows.hasNext()) {
                return Optional.empty();
            }
            row = rows.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw Utf8Files.notUtf8(file, "CSV", e);
            }
            if (e.getCause() instanceof RowBudget.Exceeded runOn) {
                throw runsOn("the row after line " + lineBeforeRow, runOn);
            }
            Matcher unclosed = UNCLOSED_QUOTE.matcher(String.valueOf(e.getMessage()));
            if (unclosed.find()) {
                throw new ImportSourceException("The CSV cannot be read on: the quoted value that begins on line " + unclosed.group(1)
                        + " is never closed (a \" missing at its end, or a \" inside it not doubled as \"\")", e);
            }
            throw new ImportSourceException("The CSV cannot be read on after line " + parser.getCurrentLineNumber() + ": "
                    + e.getMessage(), e);
        }
        budget.renew();
        lineBeforeRow = parser.getCurrentLineNumber();
        long number = row.getRecordNumber();
        String locator = "row " + number;
        if (row.size() != columns) {
            return Optional.of(SourceRecord.malformed(number, locator, "has " + row.size() + " values, the header names "
                    + columns + " columns"));
        }
        long bytes = utf8Length(row);
        if (limit.exceededBy(bytes)) {
            return Optional.of(SourceRecord.malformed(number, locator, limit.reason("the row", bytes)));
        }
        Map<String, String> cells = row.toMap();
        return Optional.of(SourceRecord.ofFields(number, locator, mapping.article(
                column -> blankToNull(cells.get(column)), column -> FieldMapping.splitList(cells.get(column)))));
    }

    /** The row's values in UTF-8 bytes, with a comma between each two (quotes and line ends aside). */
    private static long utf8Length(CSVRecord row) {
        long bytes = Math.max(0, row.size() - 1);
        for (String value : row) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
        }
        return bytes;
    }

    /**
     * A header row and no row after it (or only empty lines): the import completed having read nothing, and did not
     * say why, where an archive without article files fails saying what it holds.
     */
    @Override
    public String nothingToImport() {
        return file.getFileName() + " holds no records: it has only its header row "
                + parser.getHeaderNames() + ", no row after it";
    }

    private ImportSourceException runsOn(String what, RowBudget.Exceeded runOn) {
        return new ImportSourceException(String.format(Locale.ROOT, "The CSV cannot be read on: %s runs on for more than %d times"
                + " the limit of a record (%,d bytes, %s): is a quoted value in it never closed (a \" missing at its end, or a \""
                + " inside it not doubled as \"\")?", what, RUN_ON_FACTOR, limit.maxBytes(), RecordLimit.KEY), runOn);
    }

    /** The characters the parser reads, counted from the last row it handed out; too many fail the read. */
    private static final class RowBudget extends FilterReader {

        /** The parser read more characters for one row than the budget allows. */
        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;

            Exceeded(long characters) {
                super("a CSV row runs on for more than " + characters + " characters");
            }
        }

        private final long allowed;
        private long read;

        RowBudget(Reader in, long allowed) {
            super(in);
            this.allowed = allowed;
        }

        void renew() {
            read = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws Exceeded {
            read += n;
            if (read > allowed) {
                throw new Exceeded(allowed);
            }
        }
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
