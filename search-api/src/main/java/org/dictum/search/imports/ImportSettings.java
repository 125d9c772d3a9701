package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.dictum.search.imports.source.RecordLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code dictum.import.*} settings. */
@ApplicationScoped
public class ImportSettings {

    /** Where uploaded sources and directory listings are kept until their import completes ({@link ImportFiles}). */
    @Inject
    @ConfigProperty(name = "dictum.import.dir")
    String uploadDir;

    /** The only directory administrators may import server files from; unset: none. */
    @Inject
    @ConfigProperty(name = "dictum.import.server-dir")
    Optional<String> serverDir;

    @Inject
    @ConfigProperty(name = "dictum.import.chunk-size", defaultValue = "500")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "dictum.import.resume-at-startup", defaultValue = "true")
    boolean resumeAtStartup;

    @Inject
    @ConfigProperty(name = "dictum.import.max-page-size", defaultValue = "500")
    int maxPageSize;

    /** The largest record; by default {@code dictum.api.max-body-bytes}, what {@code POST /api/articles} accepts. */
    @Inject
    @ConfigProperty(name = RecordLimit.KEY)
    long maxRecordBytes;

    public Path uploadDir() {
        return Path.of(uploadDir).toAbsolutePath().normalize();
    }

    /** Where the file names of a server directory import are kept from run to run, in the order it reads them. */
    public Path listingOf(long importId) {
        return uploadDir().resolve("listings").resolve(importId + ".names");
    }

    public Optional<Path> serverDir() {
        return serverDir.filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir.strip()).toAbsolutePath().normalize());
    }

    public int chunkSize() {
        return chunkSize;
    }

    public boolean resumeAtStartup() {
        return resumeAtStartup;
    }

    public RecordLimit recordLimit() {
        return new RecordLimit(maxRecordBytes);
    }

    public int maxPageSize() {
        return maxPageSize;
    }
}
