package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.Role;

/** The body of {@code PUT /api/users/{name}/role}. */
public record RoleChange(@NotBlank String role) {

    static Role parse(String role) {
        return Role.byName(role).orElseThrow(() -> new InvalidInputException("role",
                "Unknown role '" + role + "': use researcher, librarian or admin"));
    }
}
