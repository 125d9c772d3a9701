package org.dictum.search.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;
import org.dictum.domain.ingest.StorableText;

/** The parts of an import upload: the file, and the optional text parts format and mapping. */
record ImportUpload(String fileName, InputStream content, String format, String mapping) {

    /** The names of the parts, as the request body of {@code POST /api/imports} documents them. */
    static final String FILE = "file";
    static final String FORMAT = "format";
    static final String MAPPING = "mapping";

    /** How many of the file names of an upload of several files its refusal names. */
    private static final int SHOWN_NAMES = 3;

    static ImportUpload of(List<EntityPart> parts) throws IOException {
        EntityPart file = part(parts, FILE).orElseThrow(() -> new InvalidInputException(FILE,
                "A multipart part named '" + FILE + "' with the file to import is required"));
        requireOneFile(parts);
        return new ImportUpload(file.getFileName().orElse(null), file.getContent(), text(parts, FORMAT), text(parts, MAPPING));
    }

    /**
     * Refuses several files in one upload: what a client sends for a directory (a browser's folder upload, {@code curl -F
     * file=@a.html -F file=@b.html}). Only the first was imported, and the others were dropped without a word.
     */
    private static void requireOneFile(List<EntityPart> parts) {
        List<String> names = parts.stream().filter(part -> FILE.equals(part.getName()))
                .map(part -> part.getFileName().orElse("(no name)")).toList();
        if (names.size() > 1) {
            String shown = String.join(", ", names.subList(0, Math.min(names.size(), SHOWN_NAMES)))
                    + (names.size() > SHOWN_NAMES ? ", …" : "");
            throw new InvalidInputException(FILE, "One file is imported at a time, and the upload holds " + names.size()
                    + " (" + Text.truncate(shown, 200) + "): upload a ZIP archive of files, not a directory or several files"
                    + " (format files imports one article from each .html, .htm or .txt file in it)");
        }
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) throws IOException {
        Optional<EntityPart> part = part(parts, name);
        String text = part.isEmpty() ? null : part.get().getContent(String.class);
        StorableText.nulIn(name, text).ifPresent(refusal -> {   // the mapping is stored with the import
            throw refusal;
        });
        return text;
    }
}
