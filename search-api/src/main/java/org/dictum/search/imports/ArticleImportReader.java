package org.dictum.search.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.dictum.search.imports.source.ImportSourceException;
import org.dictum.search.imports.source.RecordSource;
import org.dictum.search.imports.source.RecordSources;
import org.dictum.search.imports.source.SourceRecord;

/**
 * Reads the import's source record by record. It opens the source after the position the import's
 * last committed chunk recorded (which may be ahead of the batch checkpoint if the server died
 * between the two commits), so no record is stored twice and none is left out.
 */
@Named("articleImportReader")
@Dependent
public class ArticleImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = ImportJobs.IMPORT_ID)
    String importId;

    @Inject
    ImportLedger ledger;

    @Inject
    JobContext job;

    @Inject
    ImportSettings settings;

    private RecordSource source;
    private long position;

    @Override
    public void open(Serializable checkpoint) {
        ImportPlan plan = ledger.plan(Long.parseLong(importId));
        position = plan.position();
        source = RecordSources.open(plan.format(), plan.input(), settings.listingOf(plan.importId()), plan.mapping(),
                settings.recordLimit(), position);
    }

    /**
     * The next record, or null at the end of the source. When the source breaks off (a truncated WARC or ZIP) the
     * source ends here instead of failing the chunk: the records read before the break are stored and counted with
     * it, and the import then fails with the reason ({@link ImportRunListener}). So does a source that ends before its
     * first record, with the source's words for what it holds instead.
     */
    @Override
    public Object readItem() {
        Optional<SourceRecord> record;
        try {
            record = source.next();
        } catch (ImportSourceException broken) {
            job.setTransientUserData(broken.getMessage());
            return null;
        }
        if (record.isEmpty()) {
            if (position == 0) {
                job.setTransientUserData(source.nothingToImport());
            }
            return null;
        }
        position = record.get().number();
        return record.get();
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
