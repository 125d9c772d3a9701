package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.dictum.domain.account.Role;

/** The body of {@code POST /api/users}. */
public record NewUser(@NotBlank String name, @NotNull String password, @NotBlank String role) {

    Role parsedRole() {
        return RoleChange.parse(role);
    }
}
