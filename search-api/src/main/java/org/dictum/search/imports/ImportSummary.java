package org.dictum.search.imports;

import java.time.Instant;
import java.util.Locale;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportProgress;
import org.dictum.domain.imports.ImportStatus;

/**
 * An import as the API shows it: what it reads, where it stands, and its progress (records read,
 * stored, skipped as already archived, failed; records per second of the current run, and the
 * seconds still needed at that rate).
 */
public record ImportSummary(
        long id,
        String status,
        String format,
        String source,
        String mapping,
        String startedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long read,
        long stored,
        long skipped,
        long failed,
        Long total,
        Double fraction,
        Double docsPerSecond,
        Long etaSeconds,
        String error) implements java.io.Serializable {

    static ImportSummary of(ImportJob job, Instant now) {
        ImportProgress progress = job.progressAt(now);
        return new ImportSummary(job.getId(), job.getStatus().name().toLowerCase(Locale.ROOT), job.getFormat().label(), job.getSource(),
                job.getFieldMapping().orElse(null), job.getStartedBy(), job.getCreatedAt(), job.getStartedAt().orElse(null),
                job.getFinishedAt().orElse(null), progress.read(), progress.stored(), progress.skipped(), progress.failed(),
                progress.total(), progress.fraction(),
                progress.docsPerSecond() == null ? null : Math.round(progress.docsPerSecond() * 10) / 10.0,
                progress.etaSeconds(), job.getLastError().orElse(null));
    }

    /** Whether the batch runtime may still be working on it. */
    public boolean active() {
        return statusValue().active();
    }

    /** Whether a restart makes sense (see {@link ImportStatus#restartable()}). */
    public boolean restartable() {
        return statusValue().restartable();
    }

    private ImportStatus statusValue() {
        return ImportStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }
}
