package org.dictum.domain.savedsearch;

import java.util.List;
import java.util.Optional;
import org.dictum.domain.account.UserAccount;

/** The store of saved searches. */
public interface SavedSearchRepository {

    Optional<SavedSearch> findById(long id);

    /** A frozen search by its persistent identifier. */
    Optional<SavedSearch> findByPublicId(String publicId);

    /** The owner's searches, newest first, at most {@code limit}. */
    List<SavedSearch> ownedBy(UserAccount owner, int limit);

    SavedSearch save(SavedSearch search);

    void remove(SavedSearch search);

    long count();
}
