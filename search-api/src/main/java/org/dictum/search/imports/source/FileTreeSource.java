package org.dictum.search.imports.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dictum.domain.extraction.HtmlDecoding;
import org.dictum.search.application.ArticleJson;

/**
 * A directory (in path order, kept from run to run: {@link DirectoryListing}) or a ZIP archive (in archive order) of {@code .html},
 * {@code .htm} and {@code .txt} files, one article each; other files are passed over. HTML is
 * decoded by its declared or sniffed charset, text as UTF-8 ({@link PlainText}: text that is not is refused). An
 * empty file, one over the {@link RecordLimit}, or one whose content is not text ({@link TextContent}), is a malformed
 * record. macOS resource forks ({@code __MACOSX/}, {@code ._*}) are passed over.
 */
final class FileTreeSource implements RecordSource {

    /** The files in order: {@link #next} names the next one, {@link #content} reads the one named last. */
    private interface FileSupply {
        /** The next file's name, or null at the end. */
        String next() throws IOException;

        /** The file's bytes, or only its size when it is over the limit; null when it was removed after being listed. */
        RecordLimit.Bytes content(RecordLimit limit) throws IOException;

        /** The first file passed over as no article file, if any: what a source without article files holds instead. */
        default String passedOver() {
            return null;
        }
    }

    /** A step that reads from the tree or the archive. */
    @FunctionalInterface
    private interface Read<T> {
        T read() throws IOException;
    }

    private final String label;
    private final FileSupply files;
    private final AutoCloseable resource;
    private final RecordLimit limit;
    private long number;

    private FileTreeSource(String label, FileSupply files, AutoCloseable resource, RecordLimit limit) {
        this.label = label;
        this.files = files;
        this.resource = resource;
        this.limit = limit;
    }

    /**
     * A directory's files in the order {@code listing} keeps for it ({@link DirectoryListing}; null: path order now),
     * or a ZIP archive's in archive order.
     */
    static FileTreeSource open(Path path, Path listing, RecordLimit limit) throws IOException {
        if (Files.isDirectory(path)) {
            Iterator<String> names = DirectoryListing.extend(path, listing).iterator();
            return new FileTreeSource(path.getFileName().toString(), new FileSupply() {
                private Path file;

                @Override
                public String next() {
                    if (!names.hasNext()) {
                        return null;
                    }
                    String name = names.next();
                    file = path.resolve(name);
                    return name;
                }

                @Override
                public RecordLimit.Bytes content(RecordLimit limit) throws IOException {
                    try {
                        long size = Files.size(file);
                        return limit.exceededBy(size) ? new RecordLimit.Bytes(null, size)
                                : new RecordLimit.Bytes(Files.readAllBytes(file), size);
                    } catch (NoSuchFileException removed) {
                        return null;
                    }
                }
            }, () -> { }, limit);
        }
        requireZip(path);
        ZipInputStream zip = new ZipInputStream(Files.newInputStream(path), ZipEntryNames.CHARSET);
        return new FileTreeSource(path.getFileName().toString(), new FileSupply() {
            private String passedOver;

            @Override
            public String next() throws IOException {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (!entry.isDirectory() && supported(entry.getName())) {
                        return entry.getName();
                    }
                    if (!entry.isDirectory() && passedOver == null) {
                        passedOver = entry.getName();
                    }
                }
                return null;
            }

            @Override
            public String passedOver() {
                return passedOver;
            }

            @Override
            public RecordLimit.Bytes content(RecordLimit limit) throws IOException {
                return limit.read(zip);
            }
        }, zip, limit);
    }

    /**
     * Refuses a file that is not a ZIP archive. ZipInputStream reads any other file (a JSON Lines feed or a gzip named
     * {@code .zip}, a file imported with format files by mistake) as an archive without entries: the import completed
     * having read nothing, and did not say why.
     */
    private static void requireZip(Path path) throws IOException {
        byte[] start = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(start, 0, start.length);
        }
        boolean zip = n == start.length && start[0] == 'P' && start[1] == 'K'
                && (start[2] == 3 && start[3] == 4 || start[2] == 5 && start[3] == 6 || start[2] == 7 && start[3] == 8);
        if (!zip) {
            String hint = Utf8Files.kindHint(path);
            throw new ImportSourceException(path.getFileName() + " is not a ZIP archive" + hint
                    + ": format files reads a ZIP of .html, .htm and .txt files, or a server directory");
        }
    }

    /**
     * An article file by its path in the tree or archive: {@code .html}, {@code .htm} or {@code .txt}, and not
     * the resource-fork metadata macOS adds to archives ({@code __MACOSX/…}, {@code ._name}).
     */
    static boolean supported(String path) {
        String normalized = path.replace('\\', '/');
        String name = normalized.substring(normalized.lastIndexOf('/') + 1);
        if (name.startsWith("._") || ("/" + normalized).contains("/__MACOSX/")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt");
    }

    @Override
    public Optional<SourceRecord> next() {
        String name = read(files::next);
        if (name == null) {
            return Optional.empty();
        }
        RecordLimit.Bytes read = read(() -> files.content(limit));
        number++;
        if (read == null) {
            return Optional.of(SourceRecord.malformed(number, name, "the file was removed from the directory after the import"
                    + " listed it"));
        }
        if (read.oversized()) {
            return Optional.of(SourceRecord.malformed(number, name, limit.reason("the file", read.size())));
        }
        byte[] content = read.bytes();
        if (content.length == 0) {
            return Optional.of(SourceRecord.malformed(number, name, "empty file"));
        }
        boolean html = !name.toLowerCase(Locale.ROOT).endsWith(".txt");
        PlainText.Decoded text = html ? new PlainText.Decoded(HtmlDecoding.decode(content), null) : PlainText.decode(content, Optional.empty());
        if (text.problem() != null) {
            return Optional.of(SourceRecord.malformed(number, name, text.problem()));
        }
        String decoded = text.text();
        Optional<String> notText = TextContent.problem(decoded);
        if (notText.isPresent()) {
            return Optional.of(SourceRecord.malformed(number, name, notText.get()));
        }
        ArticleJson article = html
                ? new ArticleJson(null, null, null, null, null, null, decoded, null, null)
                : new ArticleJson(null, null, null, null, null, decoded, null, null, null);
        return Optional.of(SourceRecord.of(number, name, article));
    }

    /**
     * A source that ends before any article file: an empty archive, or one of PDFs or of other archives. The import
     * completed having read nothing, and did not say why.
     */
    @Override
    public String nothingToImport() {
        String other = files.passedOver();
        return label + " holds no .html, .htm or .txt file"
                + (other == null ? "" : " (it holds other files, such as " + other + ")")
                + ": format files imports one article from each such file";
    }

    /**
     * Passes over files by name: every supported file is a record, empty or not, so counting the
     * source and resuming an import read and decode no file.
     */
    @Override
    public long skip(long count) {
        long skipped = 0;
        while (skipped < count && read(files::next) != null) {
            number++;
            skipped++;
        }
        return skipped;
    }

    private <T> T read(Read<T> step) {
        try {
            return step.read();
        } catch (EOFException e) {
            throw new ImportSourceException("The file ends in the middle of the ZIP archive's file " + (number + 1)
                    + ": the archive is truncated, the " + number + " files before it were imported", e);
        } catch (ZipException e) {
            throw new ImportSourceException("The ZIP archive cannot be read on after " + number + " files: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportSourceException("Cannot read on after " + number + " files: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
