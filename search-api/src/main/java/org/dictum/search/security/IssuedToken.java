package org.dictum.search.security;

import java.time.Instant;
import java.util.List;

/**
 * A token just made: the only time its secret is shown. Send it as {@code Authorization: Bearer <token>}.
 */
public record IssuedToken(long id, String name, String owner, List<String> scopes, Instant createdAt, String token) {

    static IssuedToken of(TokenSummary summary, String secret) {
        return new IssuedToken(summary.id(), summary.name(), summary.owner(), summary.scopes(), summary.createdAt(), secret);
    }
}
