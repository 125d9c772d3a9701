package org.dictum.it.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The authorisation matrix as docs/ACCESS.md states it: one row per endpoint, one expected status per caller. */
record AccessTable(List<String> callers, List<Row> rows) {

    /** One endpoint: {@code "POST /api/articles"}, whether it is called with HTTP Basic, and the status per caller. */
    record Row(String endpoint, boolean basic, Map<String, Integer> expected) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String path() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }
    }

    private static final Pattern ENDPOINT = Pattern.compile("`((?:GET|POST|PUT|PATCH|DELETE) /api/\\S*)`");

    static AccessTable fromDocs() {
        Path file = Path.of(System.getProperty("dictum.it.docs", "../docs"), "ACCESS.md");
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the authorisation matrix " + file.toAbsolutePath(), e);
        }
    }

    static AccessTable parse(List<String> lines) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.size() > 3 && cells.get(0).equals("Endpoint") && cells.get(1).equals("Needs")) {
                header = cells;
                continue;
            }
            if (header == null || cells.size() != header.size()) {
                continue;
            }
            Matcher endpoint = ENDPOINT.matcher(cells.get(0));
            if (!endpoint.matches()) {
                continue;
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 3; i < header.size(); i++) {
                expected.put(header.get(i), Integer.parseInt(cells.get(i)));
            }
            rows.add(new Row(endpoint.group(1), cells.get(2).equals("Basic"), expected));
        }
        if (header == null || rows.isEmpty()) {
            throw new IllegalStateException("No authorisation matrix (| Endpoint | Needs | Credential | …) in docs/ACCESS.md");
        }
        return new AccessTable(List.copyOf(header.subList(3, header.size())), List.copyOf(rows));
    }

    private static List<String> cells(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
