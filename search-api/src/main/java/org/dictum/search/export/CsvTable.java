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
 * that no spreadsheet runs it as a formula (CSV injection). Null cells are empty.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .setNullString(null)
            .get();

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

    /** One row; each cell is written as {@link String#valueOf} of it (null: empty), neutralised. */
    public void row(List<?> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(cell == null ? null : spreadsheetSafe(String.valueOf(cell)));
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

    private static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException("Writing CSV failed", e);
    }
}
