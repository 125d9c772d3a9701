package org.dictum.search.rest;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/users/{name}/password}. */
public record PasswordChange(@NotNull String password) {
}
