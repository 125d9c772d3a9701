package org.dictum.domain.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user may do. Roles are ranked: each includes the ones below it, so a librarian may do what
 * a researcher may, and an administrator what a librarian may.
 */
public enum Role {
    /** Read, export, saved searches; also extraction previews and their own API tokens. */
    RESEARCHER,
    /** Curate: archive articles and, later, correct statements, actors and topics. */
    LIBRARIAN,
    /** Users and configuration. */
    ADMIN;

    /** The lower-case name used in requests, pages and container roles ({@code librarian}). */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role's name and those of every role it includes: the container roles of its holder. */
    public Set<String> grantedRoleNames() {
        return Arrays.stream(values()).filter(this::includes).map(Role::roleName).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Role> byName(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.roleName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
