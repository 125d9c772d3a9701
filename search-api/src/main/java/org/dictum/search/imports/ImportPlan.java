package org.dictum.search.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dictum.domain.imports.ImportFormat;
import org.dictum.search.imports.source.FieldMapping;

/** What a run of an import reads, and from which position (records already stored, skipped or failed). */
record ImportPlan(long importId, ImportFormat format, Path input, FieldMapping mapping, long position, Long total) {

    /** A server directory, which may have gained files since the last run: they are read after the ones listed before. */
    boolean directory() {
        return Files.isDirectory(input);
    }
}
