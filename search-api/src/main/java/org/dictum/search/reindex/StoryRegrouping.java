package org.dictum.search.reindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dictum.domain.story.StoryBackfill;
import org.dictum.domain.story.StoryCopies;
import org.dictum.domain.story.StoryGrouping;

/**
 * The story grouping of articles archived before stories existed, one bounded batch per
 * transaction; the articles whose story changed are reindexed (with their statements) when each
 * batch commits, by the usual automatic indexing.
 */
@ApplicationScoped
public class StoryRegrouping {

    @Inject
    StoryCopies copies;

    @Inject
    StoryGrouping grouping;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long countWithoutFingerprint() {
        return copies.countWithoutFingerprint();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StoryBackfill.Batch groupNext(long afterId, int size) {
        return new StoryBackfill(copies, grouping).groupNext(afterId, size);
    }
}
