package org.dictum.it.access;

import jakarta.json.Json;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.dictum.it.support.HttpApi;

/**
 * The callers of the authorisation matrix: a user of each role with a read+write token, a
 * librarian's read-only token and a librarian's revoked token. Users get fresh names per test run
 * on the shared IT server, so that the matrix never depends on what other tests did.
 */
final class MatrixCallers {

    static final String ANONYMOUS = "anonymous";
    static final String READ_ONLY_TOKEN = "read-only token";
    static final String REVOKED_TOKEN = "revoked token";
    static final String PASSWORD = "matrix-password-1234";

    final URL baseUrl;
    final HttpApi admin;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    /** User name per role column: researcher, librarian, admin. */
    final Map<String, String> users;
    private final Map<String, String> tokens;
    private final String readOnlyToken;
    private final String revokedToken;

    MatrixCallers(URL baseUrl) {
        this.baseUrl = baseUrl;
        this.admin = new HttpApi(baseUrl);
        this.users = Map.of("researcher", createUser("researcher"), "librarian", createUser("librarian"), "admin", createUser("admin"));
        this.tokens = Map.of(
                "researcher", admin.issueToken(users.get("researcher"), PASSWORD, "matrix", "read", "write"),
                "librarian", admin.issueToken(users.get("librarian"), PASSWORD, "matrix", "read", "write"),
                "admin", admin.issueToken(users.get("admin"), PASSWORD, "matrix", "read", "write"));
        this.readOnlyToken = admin.issueToken(users.get("librarian"), PASSWORD, "matrix read-only", "read");
        HttpApi.Reply revoked = HttpApi.withBasic(baseUrl, users.get("librarian"), PASSWORD).postJson("api/tokens",
                "{\"name\":\"matrix revoked\",\"scopes\":[\"read\",\"write\"]}");
        this.revokedToken = revoked.json().getString("token");
        HttpApi.Reply revoke = admin.delete("api/tokens/" + revoked.json().getJsonNumber("id").longValue());
        if (revoke.status() != 200) {
            throw new IllegalStateException("Revoking the matrix's revoked token answered " + revoke);
        }
    }

    String createUser(String role) {
        String name = "matrix-" + role + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 4);
        HttpApi.Reply reply = admin.postJson("api/users", Json.createObjectBuilder()
                .add("name", name).add("password", PASSWORD).add("role", role).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("Creating " + name + " answered " + reply);
        }
        return name;
    }

    /** The client a column of the matrix stands for; {@code basic} rows log in with name and password. */
    HttpApi client(String caller, boolean basic) {
        switch (caller) {
            case ANONYMOUS:
                return HttpApi.anonymous(baseUrl);
            case READ_ONLY_TOKEN:
                return HttpApi.withToken(baseUrl, readOnlyToken);
            case REVOKED_TOKEN:
                return HttpApi.withToken(baseUrl, revokedToken);
            default:
                if (!users.containsKey(caller)) {
                    throw new IllegalArgumentException("Unknown caller column '" + caller + "' in docs/ACCESS.md");
                }
                return basic ? HttpApi.withBasic(baseUrl, users.get(caller), PASSWORD) : HttpApi.withToken(baseUrl, tokens.get(caller));
        }
    }

    /** The user whose things a caller works on: their own, or the librarian's for callers without a user. */
    String ownerFor(String caller) {
        return users.getOrDefault(caller, users.get("librarian"));
    }
}
