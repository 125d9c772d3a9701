package org.dictum.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void secrets_carry_the_prefix_and_256_random_bits_and_are_stored_as_sha256_hex() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            secrets.add(TokenSecrets.newSecret());
        }

        assertThat(secrets).hasSize(100).allSatisfy(secret -> {
            assertThat(secret).startsWith(TokenSecrets.PREFIX).hasSize(TokenSecrets.PREFIX.length() + 43);
            assertThat(TokenSecrets.sha256Hex(secret)).matches("[0-9a-f]{64}").isNotEqualTo(secret);
        });
        assertThat(TokenSecrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void generated_passwords_are_long_enough_for_the_password_policy() {
        assertThat(TokenSecrets.newPassword()).hasSize(20).matches("[A-Za-z0-9_-]+");
    }
}
