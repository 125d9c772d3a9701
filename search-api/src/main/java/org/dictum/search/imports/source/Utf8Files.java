package org.dictum.search.imports.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * UTF-8 record files as text, without the byte order mark that spreadsheet programs put first
 * ("CSV UTF-8" in Excel): kept, it became part of the first column's name, so the title column of
 * {@code \uFEFFtitle,text} went unread and a file starting with {@code text} had "no text column".
 */
final class Utf8Files {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Files() {
    }

    static BufferedReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
