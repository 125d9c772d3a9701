package org.dictum.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccountInvariantsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String HASH = "a".repeat(64);

    @Test
    void roles_include_the_roles_below_them() {
        assertThat(Role.ADMIN.grantedRoleNames()).containsExactlyInAnyOrder("admin", "librarian", "researcher");
        assertThat(Role.LIBRARIAN.grantedRoleNames()).containsExactlyInAnyOrder("librarian", "researcher");
        assertThat(Role.RESEARCHER.includes(Role.LIBRARIAN)).isFalse();
        assertThat(Role.byName(" Librarian ")).contains(Role.LIBRARIAN);
        assertThat(Role.byName("root")).isEmpty();
    }

    @Test
    void user_names_are_short_and_plain() {
        assertThat(new UserAccount("jane.doe@example", "hash", Role.RESEARCHER, NOW).isEnabled()).isTrue();
        assertThatThrownBy(() -> new UserAccount("<script>", "hash", Role.RESEARCHER, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new UserAccount("", "hash", Role.RESEARCHER, NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new UserAccount("x".repeat(65), "hash", Role.RESEARCHER, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_name_with_an_accented_letter_is_refused_saying_that_letters_are_unaccented() {
        assertThatThrownBy(() -> new UserAccount("müller", "hash", Role.RESEARCHER, NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unaccented letters (A-Z, a-z)");
    }

    @Test
    void a_token_keeps_only_a_hash_needs_a_scope_and_stops_working_when_revoked_or_its_owner_is_disabled() {
        UserAccount owner = new UserAccount("jane", "hash", Role.LIBRARIAN, NOW);
        assertThatThrownBy(() -> new ApiToken(owner, "script", "plain-secret", Set.of(TokenScope.READ), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiToken(owner, "script", HASH, Set.of(), NOW)).isInstanceOf(InvalidInputException.class);

        ApiToken token = new ApiToken(owner, "script", HASH, EnumSet.of(TokenScope.WRITE, TokenScope.READ), NOW);
        assertThat(token.getScopes()).containsExactly(TokenScope.READ, TokenScope.WRITE);
        assertThat(token.isUsable()).isTrue();
        owner.disable();
        assertThat(token.isUsable()).isFalse();
        owner.enable();
        token.revoke(NOW.plusSeconds(60));
        token.revoke(NOW.plusSeconds(120));
        assertThat(token.isUsable()).isFalse();
        assertThat(token.getRevokedAt()).contains(NOW.plusSeconds(60));
    }
}
