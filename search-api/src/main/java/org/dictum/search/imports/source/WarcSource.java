package org.dictum.search.imports.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Optional;
import org.dictum.domain.extraction.HtmlDecoding;
import org.dictum.search.application.ArticleJson;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC or WARC.gz web archive: every response record with HTTP status 200 and an HTML or plain
 * text payload is one article, with the record's target URI as its URL. Everything else (requests,
 * metadata, images, redirects) is passed over and not counted; a WARC of nothing else tells what it holds
 * ({@link PassedOverRecords}). A response whose HTTP message cannot be parsed, or whose body is over the
 * {@link RecordLimit}, is a malformed record; a WARC that breaks off fails the source.
 */
final class WarcSource implements RecordSource {

    private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

    private final Path file;
    private final WarcReader reader;
    private final RecordLimit limit;
    private final PassedOverRecords passedOver = new PassedOverRecords();
    private long number;

    WarcSource(Path file, RecordLimit limit) throws IOException {
        this.file = file;
        this.reader = new WarcReader(file);
        this.limit = limit;
    }

    /**
     * A response that counts as a record: an HTML or text page with status 200 ({@code http}), or
     * one whose HTTP message cannot be parsed ({@code problem}). Its body is still unread.
     */
    private record Candidate(WarcResponse response, long offset, HttpResponse http, boolean html, String problem) {
    }

    @Override
    public Optional<SourceRecord> next() {
        try {
            Optional<Candidate> candidate = nextCandidate();
            if (candidate.isPresent()) {
                number++;
                return Optional.of(record(candidate.get()));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        return Optional.empty();
    }

    @Override
    public String nothingToImport() {
        return passedOver.nothingToImport(file.getFileName().toString());
    }

    /** Passes over records without reading or decoding their bodies (counting the source, resuming an import). */
    @Override
    public long skip(long count) {
        try {
            long skipped = 0;
            while (skipped < count && nextCandidate().isPresent()) {
                number++;
                skipped++;
            }
            return skipped;
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    /**
     * Why the WARC cannot be read on, in words and with the offset of the record that breaks off (jwarc's own
     * message is null for a file cut short and counts positions from the record it was parsing).
     */
    private ImportSourceException unreadable(Exception e) {
        String where = "the WARC record at offset " + reader.position();
        if (causedBy(e, EOFException.class)) {
            return new ImportSourceException("The file ends in the middle of " + where
                    + ": the WARC is truncated, the records before it were imported", e);
        }
        // jwarc counts its "position" from where it began to parse: 0 for any record, which misleads.
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceFirst(" at position \\d+", "");
        if (causedBy(e, ParsingException.class) && reader.position() == 0) {
            String gzip = GzipContent.of(file).map(kind -> kind == GzipContent.Kind.WARC ? ", though it is gzip-compressed"
                    : ", though it is gzip-compressed: it holds " + kind.phrase()).orElse("");
            return new ImportSourceException(file.getFileName() + " is not a WARC file: it does not begin with a WARC"
                    + " record (WARC/1.0 or WARC/1.1)" + gzip
                    + "; format warc reads .warc and .warc.gz web archives: " + detail, e);
        }
        if (causedBy(e, ParsingException.class)) {
            return new ImportSourceException("The WARC cannot be read on at " + where + ": it is not a valid WARC record"
                    + " (is the Content-Length of this record or the one before it wrong?): " + detail, e);
        }
        return new ImportSourceException("The WARC cannot be read on at " + where + ": " + detail, e);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Candidate> nextCandidate() throws IOException {
        Optional<WarcRecord> record;
        while ((record = reader.next()).isPresent()) {
            long offset = reader.position();
            if (record.get() instanceof WarcResponse response) {
                Optional<Candidate> candidate = candidate(response, offset);
                if (candidate.isPresent()) {
                    return candidate;
                }
            } else {
                passedOver.notAResponse(record.get().type());
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> candidate(WarcResponse response, long offset) {
        MediaType payload;
        HttpResponse http;
        try {
            http = response.http();
            payload = http.contentType().base();
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.of(new Candidate(response, offset, null, false,
                    "the HTTP response cannot be parsed: " + malformed.getMessage()));
        }
        boolean html = payload.equals(MediaType.HTML) || payload.equals(XHTML);
        if (http.status() != 200) {
            passedOver.status(http.status());
            return Optional.empty();
        }
        if (!html && !payload.equals(MediaType.PLAIN_TEXT)) {
            passedOver.mediaType(payload.toString());
            return Optional.empty();
        }
        return Optional.of(new Candidate(response, offset, http, html, null));
    }

    private SourceRecord record(Candidate candidate) throws IOException {
        String locator = locator(candidate.response(), candidate.offset());
        if (candidate.problem() != null) {
            return SourceRecord.malformed(number, locator, candidate.problem());
        }
        HttpResponse http = candidate.http();
        RecordLimit.Bytes payload = limit.read(http.bodyDecoded().stream());
        if (payload.oversized()) {
            return SourceRecord.malformed(number, locator, limit.reason("the response body", payload.size()));
        }
        byte[] body = payload.bytes();
        if (body.length == 0) {
            return SourceRecord.malformed(number, locator, "empty response body");
        }
        String url = candidate.response().target();
        PlainText.Decoded text = candidate.html()
                ? new PlainText.Decoded(HtmlDecoding.decode(body, http.contentType().parameters().get("charset")), null)
                : PlainText.decode(body, charsetOf(http.contentType()));
        if (text.problem() != null) {
            return SourceRecord.malformed(number, locator, text.problem());
        }
        String decoded = text.text();
        Optional<String> notText = TextContent.problem(decoded);
        if (notText.isPresent()) {
            return SourceRecord.malformed(number, locator, notText.get());
        }
        ArticleJson article = candidate.html()
                ? new ArticleJson(url, null, null, null, null, null, decoded, null, null)
                : new ArticleJson(url, null, null, null, null, decoded, null, null, null);
        return SourceRecord.of(number, locator, article);
    }

    private static String locator(WarcResponse response, long offset) {
        return "record at offset " + offset + " (" + response.target() + ")";
    }

    private static Optional<Charset> charsetOf(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? Optional.empty() : Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
