package org.dictum.search.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dictum.search.imports.source.SourceRecord;

/** Hands each chunk of records to {@link ChunkStore}, inside the chunk's transaction. */
@Named("articleImportWriter")
@Dependent
public class ArticleImportWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = ImportJobs.IMPORT_ID)
    String importId;

    @Inject
    ChunkStore store;

    @Override
    public void writeItems(List<Object> items) {
        store.store(Long.parseLong(importId), items.stream().map(SourceRecord.class::cast).toList());
    }
}
