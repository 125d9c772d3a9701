package org.dictum.it.support;

/**
 * The IT server's initial administrator. Its password is set once in it-tests/pom.xml and reaches
 * the server as {@code -Ddictum.admin.password} (arquillian.xml) and the tests as a system property.
 */
public final class ItAccounts {

    public static final String ADMIN = "admin";

    private ItAccounts() {
    }

    public static String adminPassword() {
        String password = System.getProperty("dictum.it.admin-password");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("dictum.it.admin-password is not set: run the ITs through Maven (mvn verify)");
        }
        return password;
    }
}
