package org.dictum.search.rest;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/users/{name}/enabled}: false disables the account and all its tokens. */
public record EnabledChange(@NotNull Boolean enabled) {
}
