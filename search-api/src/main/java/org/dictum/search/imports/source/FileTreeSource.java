package org.dictum.search.imports.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.dictum.domain.extraction.HtmlDecoding;
import org.dictum.search.application.ArticleJson;

/**
 * A directory (walked in path order) or a ZIP archive (in archive order) of {@code .html},
 * {@code .htm} and {@code .txt} files, one article each; other files are passed over. HTML is
 * decoded by its declared or sniffed charset, text as UTF-8. An empty file is a malformed record.
 */
final class FileTreeSource implements RecordSource {

    /** The next file's name and content, or null at the end. */
    private interface FileSupply {
        Named next() throws IOException;
    }

    private record Named(String name, byte[] content) {
    }

    private final FileSupply files;
    private final AutoCloseable resource;
    private long number;

    private FileTreeSource(FileSupply files, AutoCloseable resource) {
        this.files = files;
        this.resource = resource;
    }

    static FileTreeSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile).filter(file -> supported(file.getFileName().toString())).sorted().toList();
            }
            Iterator<Path> iterator = found.iterator();
            return new FileTreeSource(() -> {
                if (!iterator.hasNext()) {
                    return null;
                }
                Path file = iterator.next();
                return new Named(path.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }, () -> { });
        }
        ZipInputStream zip = new ZipInputStream(Files.newInputStream(path), StandardCharsets.UTF_8);
        return new FileTreeSource(() -> {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && supported(entry.getName())) {
                    return new Named(entry.getName(), readAll(zip));
                }
            }
            return null;
        }, zip);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    static boolean supported(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt");
    }

    @Override
    public Optional<SourceRecord> next() {
        Named file;
        try {
            file = files.next();
        } catch (ZipException e) {
            throw new ImportSourceException("The ZIP archive cannot be read on after " + number + " files: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportSourceException("Cannot read on after " + number + " files: " + e.getMessage(), e);
        }
        if (file == null) {
            return Optional.empty();
        }
        number++;
        if (file.content().length == 0) {
            return Optional.of(SourceRecord.malformed(number, file.name(), "empty file"));
        }
        boolean html = !file.name().toLowerCase(Locale.ROOT).endsWith(".txt");
        ArticleJson article = html
                ? new ArticleJson(null, null, null, null, null, null, HtmlDecoding.decode(file.content()), null, null)
                : new ArticleJson(null, null, null, null, null, new String(file.content(), StandardCharsets.UTF_8), null, null, null);
        return Optional.of(SourceRecord.of(number, file.name(), article));
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
