package org.dictum.search.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;

/**
 * An authenticated user as one request sees them.
 *
 * @param scopes what this request's credential allows: a token's scopes, or every scope for a password or session
 */
public record Caller(String name, Role role, Set<TokenScope> scopes, CredentialKind credential) {

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(credential, "credential");
    }

    static Caller withPassword(String name, Role role, CredentialKind kind) {
        return new Caller(name, role, EnumSet.allOf(TokenScope.class), kind);
    }

    /** The same caller with the scope {@code read} only. */
    Caller readingOnly() {
        return new Caller(name, role, EnumSet.of(TokenScope.READ), credential);
    }

    public boolean has(Role required) {
        return role.includes(required);
    }

    public boolean may(TokenScope scope) {
        return scopes.contains(scope);
    }

    /** The container roles (groups) of this caller: its role and those below it. */
    public Set<String> roleNames() {
        return role.grantedRoleNames();
    }
}
