package org.dictum.search.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Salted PBKDF2 (HMAC-SHA-512, 32-byte random salt per password) through Jakarta Security. The stored
 * string carries algorithm, iterations and salt, so raising {@code dictum.security.password.iterations}
 * applies to new passwords while older hashes keep verifying.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "dictum.security.password.iterations", defaultValue = "210000")
    int iterations;

    /** Verified when the user name is unknown, so that a wrong name costs as much time as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        if (iterations < 10_000) {
            throw new IllegalStateException("dictum.security.password.iterations must be at least 10000, not " + iterations);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash(TokenSecrets.newSecret());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification without a stored hash to compare with. */
    public void spendVerificationTime(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
