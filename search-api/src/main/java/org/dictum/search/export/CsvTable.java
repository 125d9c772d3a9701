package org.dictum.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The application's CSV: RFC 4180 (CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled), UTF-8 without byte order mark, a header row first. Safe to open in a spreadsheet:
 * a cell that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so
 * that no spreadsheet runs it as a formula (CSV injection). Null cells are empty. A cell longer than a
 * spreadsheet cell holds ({@value #MAX_CELL_CHARS} characters, Excel's limit, past which it spills the rest
 * into the cells and rows after it) is cut to that length, ending with a note of its full length that points to
 * the JSON Lines export, which holds every value whole.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .setNullString(null)
            .get();

    /** The most characters (UTF-16 units) a cell of Excel holds. */
    public static final int MAX_CELL_CHARS = 32_767;

    private final CSVPrinter printer;

    private CsvTable(Writer out, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw unchecked(e);
        }
        row(header);
    }

    /** A table writing to {@code out}, which it buffers; {@link #flush()} at the end. */
    public static CsvTable writingTo(OutputStream out, List<String> header) {
        return new CsvTable(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), header);
    }

    public static CsvTable writingTo(Writer out, List<String> header) {
        return new CsvTable(out, header);
    }

    /** One row; each cell is written as {@link String#valueOf} of it (null: empty), neutralised and cut to a cell. */
    public void row(List<?> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(cell == null ? null : withinCellLimit(spreadsheetSafe(String.valueOf(cell))));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    /**
     * The value, or when longer than {@value #MAX_CELL_CHARS} characters its beginning and a note of its length,
     * together exactly that long; a character outside the Basic Multilingual Plane is not cut in half.
     */
    static String withinCellLimit(String value) {
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        String note = " [cut at the spreadsheet cell limit of " + MAX_CELL_CHARS + " characters; all " + value.length()
                + " are in the JSON Lines export]";
        int kept = MAX_CELL_CHARS - note.length();
        if (Character.isHighSurrogate(value.charAt(kept - 1))) {
            kept--;
        }
        return value.substring(0, kept) + note;
    }

    private static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException("Writing CSV failed", e);
    }
}
