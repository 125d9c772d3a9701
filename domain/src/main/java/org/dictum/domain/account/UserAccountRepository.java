package org.dictum.domain.account;

import java.util.List;
import java.util.Optional;

/** The store of user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> findByName(String name);

    /** The account whose name is {@code name} in any case: names differing only in case are one name. */
    Optional<UserAccount> findByNameIgnoringCase(String name);

    /** Accounts by name, at most {@code limit}. */
    List<UserAccount> list(int offset, int limit);

    long countActiveAdmins();

    long count();

    UserAccount save(UserAccount account);
}
