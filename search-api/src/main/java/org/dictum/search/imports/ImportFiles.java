package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The files an import keeps in {@code dictum.import.dir} for its later runs: its upload (in a folder of its own, so
 * that two uploads of one name never meet) and the listing of its server directory. A resumed import needs them to
 * read what the first run read, so they stay while it may run again; a completed import cannot, and they are
 * deleted. Every upload and listing used to stay for good, and the directory only grew. A server file or directory
 * is never touched.
 */
@ApplicationScoped
public class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    @Inject
    ImportSettings settings;

    /** Where a new upload of {@code name} is kept: a folder of its own in the import directory. */
    Path newUpload(String name) {
        return settings.uploadDir().resolve(UUID.randomUUID().toString()).resolve(name);
    }

    /** Deletes what the import kept for its runs; it will not run again. Failures are logged, not thrown: the import is done. */
    void release(ImportPlan plan) {
        delete(settings.listingOf(plan.importId()));
        Path input = plan.input().toAbsolutePath().normalize();
        if (isUpload(input)) {
            discardUpload(input);
        }
    }

    /** Deletes an upload {@link #newUpload} placed, with its folder. */
    void discardUpload(Path upload) {
        delete(upload);
        delete(upload.getParent());
    }

    /** A file {@link #newUpload} placed: in a folder named by a UUID directly in the import directory. */
    private boolean isUpload(Path input) {
        Path folder = input.getParent();
        if (folder == null || !settings.uploadDir().equals(folder.getParent())) {
            return false;
        }
        try {
            return UUID.fromString(folder.getFileName().toString()).toString().equals(folder.getFileName().toString());
        } catch (IllegalArgumentException notAnUploadFolder) {
            return false;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + path + ", which a completed import no longer needs: " + e);
        }
    }
}
