package org.dictum.search.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.ApiToken;
import org.dictum.domain.account.ApiTokenRepository;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.account.UserAccountRepository;
import org.junit.jupiter.api.Test;

/** Whose tokens a caller may list: their own always, another user's only as an administrator. */
class TokenListingTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final Map<String, UserAccount> users = Map.of(
            "ann", new UserAccount("ann", "hash", Role.RESEARCHER, NOW),
            "bob", new UserAccount("bob", "hash", Role.LIBRARIAN, NOW),
            "root", new UserAccount("root", "hash", Role.ADMIN, NOW));
    private final List<String> listedOwners = new ArrayList<>();
    private final TokenService service = service();

    private static Caller caller(String name, Role role) {
        return new Caller(name, role, EnumSet.allOf(TokenScope.class), CredentialKind.TOKEN);
    }

    @Test
    void without_a_user_or_naming_oneself_the_caller_lists_their_own_tokens() {
        service.ownedBy(caller("ann", Role.RESEARCHER), null);
        service.ownedBy(caller("ann", Role.RESEARCHER), " ann ");

        assertThat(listedOwners).containsExactly("ann", "ann");
    }

    @Test
    void an_administrator_lists_another_users_tokens() {
        service.ownedBy(caller("root", Role.ADMIN), "bob");

        assertThat(listedOwners).containsExactly("bob");
    }

    @Test
    void anyone_else_naming_another_user_is_refused_before_anything_is_read() {
        assertThatThrownBy(() -> service.ownedBy(caller("bob", Role.LIBRARIAN), "ann"))
                .isInstanceOf(NotPermittedException.class)
                .hasMessage("Only administrators list the API tokens of other users");
        assertThatThrownBy(() -> service.ownedBy(caller("ann", Role.RESEARCHER), "nobody")).isInstanceOf(NotPermittedException.class);
        assertThat(listedOwners).isEmpty();
    }

    @Test
    void an_administrator_naming_an_unknown_user_gets_not_found() {
        assertThatThrownBy(() -> service.ownedBy(caller("root", Role.ADMIN), "nobody"))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("User nobody does not exist");
    }

    private TokenService service() {
        TokenService tokenService = new TokenService();
        tokenService.accounts = new UserAccountRepository() {
            @Override
            public Optional<UserAccount> findByName(String name) {
                return Optional.ofNullable(users.get(name));
            }

            @Override
            public Optional<UserAccount> findByNameIgnoringCase(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<UserAccount> list(int offset, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long countActiveAdmins() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count() {
                throw new UnsupportedOperationException();
            }

            @Override
            public UserAccount save(UserAccount account) {
                throw new UnsupportedOperationException();
            }
        };
        tokenService.tokens = new ApiTokenRepository() {
            @Override
            public Optional<ApiToken> findBySecretHash(String secretHash) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<ApiToken> findById(long id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ApiToken> ownedBy(UserAccount owner, int limit) {
                listedOwners.add(owner.getName());
                return List.of();
            }

            @Override
            public ApiToken save(ApiToken token) {
                throw new UnsupportedOperationException();
            }
        };
        return tokenService;
    }
}
