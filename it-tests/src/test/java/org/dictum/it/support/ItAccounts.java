package org.dictum.it.support;

/**
 * The IT server's initial administrator. Its password is set once in it-tests/pom.xml and reaches
 * the server as {@code -Ddictum.admin.password} (arquillian.xml) and the tests as a system property.
 */
public final class ItAccounts {

    public static final String ADMIN = "admin";
    /** Password of the users that tests create. */
    public static final String PASSWORD = "test-user-password-42";

    private ItAccounts() {
    }

    public static String adminPassword() {
        String password = System.getProperty("dictum.it.admin-password");
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("dictum.it.admin-password is not set: run the ITs through Maven (mvn verify)");
        }
        return password;
    }

    /** Creates a user with a fresh name (prefix + random suffix) through the API; returns the name. */
    public static String createUser(HttpApi admin, String prefix, String role) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Reply reply = admin.postJson("api/users", jakarta.json.Json.createObjectBuilder()
                .add("name", name).add("password", PASSWORD).add("role", role).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("Creating user " + name + " answered " + reply);
        }
        return name;
    }
}
