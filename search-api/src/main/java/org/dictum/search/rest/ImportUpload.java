package org.dictum.search.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.ingest.StorableText;

/** The parts of an import upload: the file, and the optional text parts format and mapping. */
record ImportUpload(String fileName, InputStream content, String format, String mapping) {

    /** The names of the parts, as the request body of {@code POST /api/imports} documents them. */
    static final String FILE = "file";
    static final String FORMAT = "format";
    static final String MAPPING = "mapping";

    static ImportUpload of(List<EntityPart> parts) throws IOException {
        EntityPart file = part(parts, FILE).orElseThrow(() -> new InvalidInputException(FILE,
                "A multipart part named '" + FILE + "' with the file to import is required"));
        return new ImportUpload(file.getFileName().orElse(null), file.getContent(), text(parts, FORMAT), text(parts, MAPPING));
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
