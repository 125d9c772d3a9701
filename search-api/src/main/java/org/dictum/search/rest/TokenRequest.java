package org.dictum.search.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.TokenScope;

/**
 * The body of {@code POST /api/tokens}: a name saying what the token is for, and its scopes. An absent {@code scopes}
 * means read, as documented, and so does {@code null}: a null member of a request that creates a record reads as
 * absent throughout the API (only a merge patch gives null a meaning). An explicitly empty list is refused, since a
 * token needs at least one scope.
 */
public record TokenRequest(@NotBlank @Size(max = 100) String name, @Size(max = 2) List<String> scopes) {

    Set<TokenScope> scopeSet() {
        if (scopes == null) {
            return EnumSet.of(TokenScope.READ);
        }
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "A token needs at least one scope: read, write");
        }
        Set<TokenScope> set = EnumSet.noneOf(TokenScope.class);
        for (String scope : scopes) {
            set.add(TokenScope.byName(scope)
                    .orElseThrow(() -> new InvalidInputException("scopes", "Unknown scope '" + scope + "': use read, write")));
        }
        return set;
    }
}
