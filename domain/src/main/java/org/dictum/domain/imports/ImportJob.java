package org.dictum.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dictum.domain.ConflictException;
import org.dictum.domain.Text;

/**
 * One bulk import: who started it, what it reads, and how far it got. Invariants: the position
 * (records consumed from the source, in source order) only grows, and is committed in the same
 * transaction as the articles and failures of the records before it, so that a resumed import
 * continues exactly after the last record it stored; read = stored + skipped + failed.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public static final int MAX_SOURCE_LENGTH = 500;
    public static final int MAX_ERROR_LENGTH = 2000;
    /** The longest field mapping an import keeps, in characters. */
    public static final int MAX_MAPPING_LENGTH = 2000;
    /** The longest path of the file or directory an import reads, in characters. */
    public static final int MAX_INPUT_PATH_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 1)
    private Long id;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    /** What is read, for people: "upload reuters.jsonl", "server file feeds/2024.warc.gz". */
    @Column(nullable = false, length = MAX_SOURCE_LENGTH)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportFormat format;

    /** The CSV / JSON Lines field mapping as given ({@code text=body,title=headline}), null for none. */
    @Column(name = "field_mapping", length = MAX_MAPPING_LENGTH)
    private String fieldMapping;

    /** The file or directory the batch job reads. */
    @Column(name = "input_path", nullable = false, length = MAX_INPUT_PATH_LENGTH)
    private String inputPath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportStatus status;

    @Column(name = "batch_execution_id")
    private Long batchExecutionId;

    /** Records in the source, once counted (null before). */
    @Column(name = "total_records")
    private Long totalRecords;

    @Column(name = "records_read", nullable = false)
    private long recordsRead;

    @Column(name = "records_stored", nullable = false)
    private long recordsStored;

    @Column(name = "records_skipped", nullable = false)
    private long recordsSkipped;

    @Column(name = "records_failed", nullable = false)
    private long recordsFailed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Start of the current (or last) run, and the position it started from: the rate counts this run only. */
    @Column(name = "run_started_at")
    private Instant runStartedAt;

    @Column(name = "run_start_position", nullable = false)
    private long runStartPosition;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    /**
     * Articles this import archived from this instant on may not be in the search index yet: a
     * chunk's documents are written after its commit, while the next chunk is stored. Null when
     * every document of the import's committed chunks is known to be in the index.
     */
    @Column(name = "index_pending_since")
    private Instant indexPendingSince;

    @Version
    private long version;

    protected ImportJob() {
    }

    public ImportJob(String startedBy, String source, ImportFormat format, String fieldMapping, String inputPath,
                     Instant createdAt) {
        this.startedBy = Text.requireNonBlank(startedBy, "The importing user");
        this.source = Text.truncate(Text.requireNonBlank(source, "An import source"), MAX_SOURCE_LENGTH);
        this.format = Objects.requireNonNull(format, "format");
        this.fieldMapping = Text.blankToNull(fieldMapping);
        this.inputPath = Text.requireNonBlank(inputPath, "An import input path");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = ImportStatus.QUEUED;
    }

    /** Asked to resume after an interruption, a stop or a failure of its source. */
    public void queuedAgain() {
        if (!status.restartable()) {
            throw new ConflictException("Import " + id + " is " + status.name().toLowerCase()
                    + ": only interrupted, stopped or failed imports can be restarted");
        }
        this.status = ImportStatus.QUEUED;
        this.finishedAt = null;
        this.lastError = null;
    }

    /** A run (first start or resume) begins at the stored position, as the batch job execution {@code executionId}. */
    public void running(Instant now, Long total, long executionId) {
        this.status = ImportStatus.RUNNING;
        this.totalRecords = total == null ? totalRecords : total;
        this.batchExecutionId = executionId;
        if (startedAt == null) {
            startedAt = now;
        }
        this.runStartedAt = now;
        this.runStartPosition = recordsRead;
    }

    /** The total of records in the source, counted once. */
    public Optional<Long> getTotalRecords() {
        return Optional.ofNullable(totalRecords);
    }

    /** A chunk was stored: the position moves to {@code newPosition}, with the chunk's counts. */
    public void advance(long newPosition, long stored, long skipped, long failed) {
        if (newPosition < recordsRead || stored < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("An import only moves forward: at " + recordsRead + ", asked " + newPosition);
        }
        if (newPosition - recordsRead != stored + skipped + failed) {
            throw new IllegalArgumentException("Every record read is stored, skipped or failed");
        }
        recordsRead = newPosition;
        recordsStored += stored;
        recordsSkipped += skipped;
        recordsFailed += failed;
    }

    /**
     * A chunk that began at {@code chunkStart} commits; its documents reach the index after the
     * commit. When {@code earlierIndexed}, the documents of every earlier chunk are known to be in
     * the index, so only this chunk's articles may be missing; otherwise what was pending stays so.
     */
    public void chunkIndexedLater(Instant chunkStart, boolean earlierIndexed) {
        Objects.requireNonNull(chunkStart, "chunkStart");
        if (earlierIndexed || indexPendingSince == null) {
            indexPendingSince = chunkStart;
        }
    }

    /** The documents of every committed chunk are in the index (or were indexed again after a crash). */
    public void indexInStep() {
        indexPendingSince = null;
    }

    /** From when on the articles this import archived may be missing from the search index; empty when none may. */
    public Optional<Instant> getIndexPendingSince() {
        return Optional.ofNullable(indexPendingSince);
    }

    /** Found running after a server start: the process that ran it is gone. */
    public void interrupted() {
        if (status.active()) {
            status = ImportStatus.INTERRUPTED;
        }
    }

    /** Refuses a stop of an import that is not running. */
    public void requireActive() {
        if (!status.active()) {
            throw new ConflictException("Import " + id + " is " + status.name().toLowerCase() + ", not running");
        }
    }

    /** The batch run ended: completed, stopped, or failed with {@code error}. */
    public void ended(ImportStatus outcome, Instant now, String error) {
        if (outcome.active() || outcome == ImportStatus.INTERRUPTED) {
            throw new IllegalArgumentException("Not an end of a run: " + outcome);
        }
        this.status = outcome;
        this.finishedAt = now;
        this.lastError = error == null ? null : Text.truncate(error, MAX_ERROR_LENGTH);
    }

    /**
     * Counts with the rate of the current run and the time it still needs at that rate. The time is
     * unknown (null) once more records were read than counted: files added to a directory during the
     * run leave the count behind, and how many more will follow is not known.
     */
    public ImportProgress progressAt(Instant now) {
        Double rate = null;
        Long eta = null;
        Instant runEnd = status.active() ? now : finishedAt;
        if (runStartedAt != null && runEnd != null) {
            double seconds = Math.max(Duration.between(runStartedAt, runEnd).toMillis(), 1) / 1000.0;
            rate = (recordsRead - runStartPosition) / seconds;
            if (status.active() && totalRecords != null && recordsRead <= totalRecords && rate > 0) {
                eta = (long) Math.ceil((totalRecords - recordsRead) / rate);
            }
        }
        if (status == ImportStatus.COMPLETED) {
            eta = 0L;
        }
        return new ImportProgress(recordsRead, recordsStored, recordsSkipped, recordsFailed, totalRecords, rate, eta);
    }

    public Long getId() {
        return id;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getSource() {
        return source;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public Optional<String> getFieldMapping() {
        return Optional.ofNullable(fieldMapping);
    }

    public String getInputPath() {
        return inputPath;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Optional<Long> getBatchExecutionId() {
        return Optional.ofNullable(batchExecutionId);
    }

    public long getRecordsRead() {
        return recordsRead;
    }

    public long getRecordsStored() {
        return recordsStored;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getStartedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }

    public long getVersion() {
        return version;
    }
}
