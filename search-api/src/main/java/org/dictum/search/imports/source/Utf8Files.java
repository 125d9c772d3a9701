package org.dictum.search.imports.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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

    /** What a file that is not text looks like, for the message refusing it: {@code "; it looks like …"} or nothing. */
    static String kindHint(Path file) {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            return "";
        }
        if (n >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return " (it looks like a ZIP archive: import it with format files, --format files)";
        }
        if (n >= 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b) {
            return " (it looks like a gzip file: a .warc.gz takes format warc)";
        }
        return "";
    }
}
