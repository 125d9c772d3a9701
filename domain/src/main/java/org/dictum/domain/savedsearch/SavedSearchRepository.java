package org.dictum.domain.savedsearch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.article.Article;
import org.dictum.domain.statement.Statement;

/** The store of saved searches. */
public interface SavedSearchRepository {

    Optional<SavedSearch> findById(long id);

    /** A frozen search by its persistent identifier. */
    Optional<SavedSearch> findByPublicId(String publicId);

    /** The owner's searches, newest first, at most {@code limit}. */
    List<SavedSearch> ownedBy(UserAccount owner, int limit);

    /**
     * The statements with these ids that still exist, with what a frozen result shows of them (article,
     * its source, speaker), in one query; an id that no longer exists is missing from the answer.
     */
    List<Statement> statementsWithIds(Collection<Long> ids);

    /**
     * The articles with these ids that still exist, with what a frozen result shows of them (source,
     * statements), in one query; an id that no longer exists is missing from the answer.
     */
    List<Article> articlesWithIds(Collection<Long> ids);

    SavedSearch save(SavedSearch search);

    void remove(SavedSearch search);

    long count();

    /** Writes pending changes now, so that a saved search's version is the one its answer reports. */
    void flush();
}
