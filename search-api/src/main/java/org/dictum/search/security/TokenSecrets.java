package org.dictum.search.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits, shown once, stored only as their SHA-256. A fast hash is enough
 * here (unlike for passwords): a 256-bit random secret cannot be guessed, however fast the hash.
 */
public final class TokenSecrets {

    /** Marks Dictum tokens, so that a leaked one is recognisable (e.g. by secret scanners). */
    public static final String PREFIX = "dictum_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A password for the initial administrator: 120 random bits in 20 URL-safe characters. */
    public static String newPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256Hex(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
