package org.dictum.search.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.dictum.domain.imports.ImportStatus;
import org.dictum.search.imports.source.ImportSourceException;
import org.dictum.search.imports.source.RecordSources;

/**
 * Keeps the import record in step with its batch run: running (with the source's record count,
 * counted once, or at each run for a directory, which may have gained files, and the execution id) before, and completed, stopped or failed (with the reason)
 * after, with the error {@link ImportStepListener} noted, if any.
 */
@Named("importRunListener")
@Dependent
public class ImportRunListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(ImportRunListener.class.getName());

    @Inject
    @BatchProperty(name = ImportJobs.IMPORT_ID)
    String importId;

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportIndexWrites indexWrites;

    @Inject
    ImportIndexRepair indexRepair;

    @Inject
    ImportSettings settings;

    @Inject
    ImportFiles files;

    @Override
    public void beforeJob() {
        long id = Long.parseLong(importId);
        // A run that failed on an index write, or a resumed one whose repair at start-up failed.
        indexRepair.repair(id);
        ImportPlan plan = ledger.plan(id);
        Long total = plan.total();
        if (total == null || plan.directory()) {
            try {
                total = RecordSources.count(plan.format(), plan.input(), settings.listingOf(id), plan.mapping(),
                        settings.recordLimit());
            } catch (ImportSourceException unreadable) {
                LOG.warning(() -> "Import " + id + ": cannot count the records of its source: " + unreadable.getMessage());
            }
        }
        ledger.running(id, total, job.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        Object error = job.getTransientUserData();
        BatchStatus status = job.getBatchStatus();
        boolean indexInStep = indexWrites.settle(id);
        if (!indexInStep) {
            LOG.warning(() -> "Import " + id + ": the index write of its last chunk failed; its articles are indexed again"
                    + " when the import or the server starts again");
        }
        if (error != null || status == BatchStatus.FAILED) {
            ledger.ended(id, ImportStatus.FAILED, error != null ? error.toString() : "The batch job failed; see the server log",
                    indexInStep);
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            ledger.ended(id, ImportStatus.STOPPED, null, indexInStep);
        } else {
            ledger.ended(id, ImportStatus.COMPLETED, null, indexInStep);
            files.release(ledger.plan(id));
        }
        LOG.info(() -> "Import " + id + " ended: " + ledger.summary(id));
    }
}
