package org.dictum.domain.account;

import java.util.List;
import java.util.Optional;

/** The store of user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findByName(String name);

    /** Accounts by name, at most {@code limit}. */
    List<UserAccount> list(int offset, int limit);

    long countActiveAdmins();

    long count();

    UserAccount save(UserAccount account);
}
