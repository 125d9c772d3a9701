package org.dictum.search.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.imports.ImportJob;
import org.dictum.domain.imports.ImportJobRepository;
import org.dictum.domain.imports.ImportStatus;
import org.dictum.search.imports.source.FieldMapping;

/** The import records, each change in a transaction of its own (the batch runtime calls these between chunks). */
@ApplicationScoped
public class ImportLedger {

    @Inject
    ImportJobRepository imports;

    @Inject
    Clock clock;

    @Transactional
    public long create(ImportJob job) {
        return imports.save(job).getId();
    }

    @Transactional
    public ImportSummary summary(long id) {
        return ImportSummary.of(job(id), clock.instant());
    }

    @Transactional
    public ImportPage page(int offset, int limit) {
        List<ImportSummary> page = imports.newestFirst(offset, limit).stream()
                .map(job -> ImportSummary.of(job, clock.instant())).toList();
        return new ImportPage(imports.count(), offset, limit, page);
    }

    @Transactional
    public FailurePage failures(long id, int offset, int limit) {
        job(id);
        return new FailurePage(id, imports.countFailuresOf(id), offset, limit,
                imports.failuresOf(id, offset, limit).stream().map(FailedRecord::of).toList());
    }

    /** What a run reads, from the position the last committed chunk left. */
    @Transactional
    ImportPlan plan(long id) {
        ImportJob job = job(id);
        return new ImportPlan(id, job.getFormat(), Path.of(job.getInputPath()),
                FieldMapping.parse(job.getFieldMapping().orElse(null)), job.getRecordsRead(), job.getTotalRecords().orElse(null));
    }

    @Transactional
    void running(long id, Long total, long executionId) {
        job(id).running(clock.instant(), total, executionId);
    }

    /** The run ended; {@code indexInStep} when every document of its chunks is known to be in the search index. */
    @Transactional
    void ended(long id, ImportStatus outcome, String error, boolean indexInStep) {
        ImportJob job = job(id);
        job.ended(outcome, clock.instant(), error);
        if (indexInStep) {
            job.indexInStep();
        }
    }

    /** Imports whose last chunks' articles may be missing from the search index, by id. */
    @Transactional
    List<Long> withIndexPending() {
        return imports.withIndexPending().stream().map(ImportJob::getId).toList();
    }

    @Transactional
    Optional<Instant> indexPendingSince(long id) {
        return job(id).getIndexPendingSince();
    }

    /** The articles the import's chunks archived are all in the search index. */
    @Transactional
    void indexInStep(long id) {
        job(id).indexInStep();
    }

    /** Marks a stopped, failed or interrupted import as queued again; 409 for any other. */
    @Transactional
    ImportJob queueAgain(long id) {
        ImportJob job = job(id);
        job.queuedAgain();
        return job;
    }

    @Transactional
    ImportJob requireActive(long id) {
        ImportJob job = job(id);
        job.requireActive();
        return job;
    }

    /** At start-up: imports that were queued or running when the server went down are interrupted; their ids. */
    @Transactional
    List<Long> interruptLeftovers() {
        List<ImportJob> leftovers = imports.withStatus(EnumSet.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
        leftovers.forEach(ImportJob::interrupted);
        return leftovers.stream().map(ImportJob::getId).toList();
    }

    private ImportJob job(long id) {
        return imports.findById(id).orElseThrow(() -> new UnknownEntityException("Import", id));
    }
}
