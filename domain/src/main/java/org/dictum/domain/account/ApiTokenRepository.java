package org.dictum.domain.account;

import java.util.List;
import java.util.Optional;

/** The store of API tokens, found by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findById(long id);

    /** The owner's tokens, newest first, at most {@code limit}. */
    List<ApiToken> ownedBy(UserAccount owner, int limit);

    ApiToken save(ApiToken token);
}
