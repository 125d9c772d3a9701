package org.dictum.search.security;

import java.time.Instant;
import org.dictum.domain.account.UserAccount;

/** A user account as the API and the portal show it: never its password hash. */
public record UserSummary(String name, String role, boolean enabled, Instant createdAt) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.getName(), account.getRole().roleName(), account.isEnabled(), account.getCreatedAt());
    }
}
