package org.dictum.domain.imports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The store of imports and their failed records. */
public interface ImportJobRepository {

    ImportJob save(ImportJob job);

    Optional<ImportJob> findById(long id);

    /** Newest first. */
    List<ImportJob> newestFirst(int offset, int limit);

    long count();

    List<ImportJob> withStatus(Collection<ImportStatus> statuses);

    /** Imports whose last chunks' articles may be missing from the search index (a pending index write), by id. */
    List<ImportJob> withIndexPending();

    void record(ImportFailure failure);

    /** The import's failures in source order. */
    List<ImportFailure> failuresOf(long importId, int offset, int limit);

    long countFailuresOf(long importId);
}
