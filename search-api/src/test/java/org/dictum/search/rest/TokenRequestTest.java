package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.account.TokenScope;
import org.junit.jupiter.api.Test;

class TokenRequestTest {

    @Test
    void absent_scopes_mean_read_as_documented() {
        assertThat(new TokenRequest("script", null).scopeSet()).containsExactly(TokenScope.READ);
    }

    @Test
    void scopes_null_reads_as_absent_as_every_null_member_of_a_create_request_does() {
        TokenRequest request = new JsonConfiguration().getContext(TokenRequest.class)
                .fromJson("{\"name\":\"script\",\"scopes\":null}", TokenRequest.class);

        assertThat(request.scopeSet()).containsExactly(TokenScope.READ);
    }

    @Test
    void named_scopes_are_taken_as_given() {
        assertThat(new TokenRequest("script", List.of("write", "read")).scopeSet())
                .containsExactlyInAnyOrder(TokenScope.READ, TokenScope.WRITE);
    }

    @Test
    void an_explicitly_empty_scope_list_is_refused_naming_scopes() {
        assertThatThrownBy(() -> new TokenRequest("script", List.of()).scopeSet())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one scope")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("scopes"));
    }

    @Test
    void an_unknown_scope_is_refused_naming_scopes() {
        assertThatThrownBy(() -> new TokenRequest("script", List.of("admin")).scopeSet())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'admin'")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("scopes"));
    }
}
