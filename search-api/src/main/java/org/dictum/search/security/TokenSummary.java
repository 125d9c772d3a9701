package org.dictum.search.security;

import java.time.Instant;
import java.util.List;
import org.dictum.domain.account.ApiToken;
import org.dictum.domain.account.TokenScope;

/** An API token as listed: what it is for and whether it still works, never its secret. */
public record TokenSummary(long id, String name, String owner, List<String> scopes, Instant createdAt,
                           Instant revokedAt, boolean active) {

    static TokenSummary of(ApiToken token) {
        return new TokenSummary(token.getId(), token.getLabel(), token.getOwner().getName(),
                token.getScopes().stream().sorted().map(TokenScope::scopeName).toList(),
                token.getCreatedAt(), token.getRevokedAt().orElse(null), token.isUsable());
    }
}
