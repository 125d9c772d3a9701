package org.dictum.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users through the API: roles take effect at once, passwords are replaced, and the rules of the accounts hold. */
class UserAdministrationIT extends ClientSideIntegrationTest {

    private HttpApi admin;

    @BeforeEach
    void administrator() {
        admin = new HttpApi(baseUrl);
    }

    @Test
    void a_new_user_is_listed_without_any_password_and_a_role_change_applies_to_existing_tokens() {
        String name = ItAccounts.createUser(admin, "promoted", "researcher");
        String token = admin.issueToken(name, ItAccounts.PASSWORD, "soon a librarian's", "read", "write");
        HttpApi user = HttpApi.withToken(baseUrl, token);
        String article = "{\"text\":\"Promotion works, the administrator said of " + name + ".\"}";
        assertThat(user.postJson("api/articles", article).status()).isEqualTo(403);

        Reply changed = admin.putJson("api/users/" + name + "/role", "{\"role\":\"librarian\"}");

        assertThat(changed.json().getString("role")).isEqualTo("librarian");
        assertThat(user.postJson("api/articles", article).status()).isEqualTo(201);
        assertThat(users()).extracting(u -> u.getString("name")).contains(name);
        assertThat(users()).allSatisfy(u -> assertThat(u.keySet()).as("no password hash is ever listed")
                .containsExactlyInAnyOrder("name", "role", "enabled", "createdAt"));
    }

    @Test
    void an_administrator_lists_another_users_tokens_and_revokes_one_and_nobody_else_may() {
        String owner = ItAccounts.createUser(admin, "token-owner", "librarian");
        String secret = admin.issueToken(owner, ItAccounts.PASSWORD, "owner's script", "read", "write");
        HttpApi ownerClient = HttpApi.withToken(baseUrl, secret);
        long id = ownerClient.get("api/tokens").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        Reply listed = admin.get("api/tokens?user=" + owner);

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.jsonArray().getValuesAs(JsonObject.class)).singleElement().satisfies(token -> {
            assertThat(token.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(token.getString("name")).isEqualTo("owner's script");
            assertThat(token.getString("owner")).isEqualTo(owner);
            assertThat(token.keySet()).as("never the secret").doesNotContain("token", "secret");
        });
        assertThat(ownerClient.get("api/tokens?user=" + owner).jsonArray()).as("one's own, named").hasSize(1);

        Reply revoked = admin.delete("api/tokens/" + id);

        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(ownerClient.get("api/tokens").status()).as("the revoked token no longer works").isEqualTo(401);
        assertThat(admin.get("api/tokens?user=" + owner).jsonArray().getJsonObject(0).getBoolean("active")).isFalse();
    }

    @Test
    void listing_another_users_tokens_needs_an_administrator_and_an_existing_user() {
        String owner = ItAccounts.createUser(admin, "token-owner", "researcher");
        admin.issueToken(owner, ItAccounts.PASSWORD, "kept private", "read");
        String librarian = ItAccounts.createUser(admin, "token-curious", "librarian");
        HttpApi curious = HttpApi.withToken(baseUrl, admin.issueToken(librarian, ItAccounts.PASSWORD, "curious", "read", "write"));

        Reply refused = curious.get("api/tokens?user=" + owner);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("https://dictum.org/problems/forbidden");
        assertThat(refused.json().getString("detail")).isEqualTo("Only administrators list the API tokens of other users");
        assertThat(refused.body()).doesNotContain("kept private");
        Reply unknown = admin.get("api/tokens?user=nobody-" + owner);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_new_token_s_location_names_the_token_which_its_owner_reads_and_revokes_there() {
        String name = ItAccounts.createUser(admin, "located", "researcher");
        HttpApi withPassword = HttpApi.withBasic(baseUrl, name, ItAccounts.PASSWORD);

        Reply issued = withPassword.postJson("api/tokens", "{\"name\":\"located script\",\"scopes\":[\"read\",\"write\"]}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().getJsonNumber("id").longValue();
        assertThat(issued.location()).as("every creating POST names what it made").endsWith("/api/tokens/" + id);
        Reply located = withPassword.get(issued.location());
        assertThat(located.status()).as("the Location answers a GET: %s", located).isEqualTo(200);
        assertThat(located.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(located.json().getString("name")).isEqualTo("located script");
        assertThat(located.json().containsKey("token")).as("never the secret again").isFalse();
        String other = ItAccounts.createUser(admin, "not-located", "researcher");
        assertProblem(HttpApi.withBasic(baseUrl, other, ItAccounts.PASSWORD).get(issued.location()), 404, "not-found");
        assertThat(admin.get(issued.location()).status()).as("an administrator reads anyone's").isEqualTo(200);
        Reply revoked = withPassword.delete(issued.location());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(revoked.json().getBoolean("active")).isFalse();
    }

    @Test
    void a_token_needs_at_least_one_scope_and_without_scopes_it_reads() {
        String name = ItAccounts.createUser(admin, "scoped", "researcher");
        HttpApi withPassword = HttpApi.withBasic(baseUrl, name, ItAccounts.PASSWORD);

        Reply empty = withPassword.postJson("api/tokens", "{\"name\":\"no scopes\",\"scopes\":[]}");
        assertProblem(empty, 400, "invalid-input");
        assertThat(empty.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("scopes");
        assertThat(empty.json().getString("detail")).contains("at least one scope");

        Reply absent = withPassword.postJson("api/tokens", "{\"name\":\"default scopes\"}");
        assertThat(absent.status()).as(absent.toString()).isEqualTo(201);
        assertThat(absent.json().getJsonArray("scopes").getString(0)).isEqualTo("read");
        assertThat(absent.json().getJsonArray("scopes")).hasSize(1);
        assertThat(withPassword.get("api/tokens").jsonArray()).as("the refused request made no token").hasSize(1);
    }

    @Test
    void a_replaced_password_works_and_the_old_one_no_longer_does() {
        String name = ItAccounts.createUser(admin, "new-password", "researcher");

        assertThat(admin.putJson("api/users/" + name + "/password", "{\"password\":\"a brand new password\"}").status()).isEqualTo(200);

        assertThat(HttpApi.withBasic(baseUrl, name, ItAccounts.PASSWORD).get("api/tokens").status()).isEqualTo(401);
        assertThat(HttpApi.withBasic(baseUrl, name, "a brand new password").get("api/tokens").status()).isEqualTo(200);
        assertThat(new PortalClient(baseUrl).logIn(name, "a brand new password").textOf("current-user")).isEqualTo(name);
    }

    @Test
    void names_are_unique_roles_known_passwords_long_and_one_enabled_administrator_always_remains() {
        String name = ItAccounts.createUser(admin, "unique", "researcher");

        assertProblem(admin.postJson("api/users", user(name, ItAccounts.PASSWORD, "researcher")), 409, "conflict");
        assertProblem(admin.postJson("api/users", user(name.toUpperCase(java.util.Locale.ROOT), ItAccounts.PASSWORD, "researcher")),
                409, "conflict");   // failing as the upper-case name would lock this user out (the throttle ignores case)
        assertProblem(admin.postJson("api/users", user(name + "-2", ItAccounts.PASSWORD, "superuser")), 400, "invalid-input");
        assertProblem(admin.postJson("api/users", user(name + "-3", "short", "researcher")), 400, "invalid-input");
        assertProblem(admin.postJson("api/users", user("<b>bold</b>", ItAccounts.PASSWORD, "researcher")), 400, "invalid-input");
        assertProblem(admin.get("api/users/nobody-" + name), 404, "not-found");
    }

    /** Other tests' administrators are disabled here; each test makes its own users, so none relies on them. */
    @Test
    void the_only_enabled_administrator_can_be_neither_disabled_nor_demoted() {
        ItAccounts.createUser(admin, "second-admin", "admin");
        for (JsonObject user : users()) {
            if (user.getString("role").equals("admin") && user.getBoolean("enabled") && !user.getString("name").equals(ItAccounts.ADMIN)) {
                assertThat(admin.putJson("api/users/" + user.getString("name") + "/enabled", "{\"enabled\":false}").status()).isEqualTo(200);
            }
        }

        assertProblem(admin.putJson("api/users/" + ItAccounts.ADMIN + "/enabled", "{\"enabled\":false}"), 409, "conflict");
        assertProblem(admin.putJson("api/users/" + ItAccounts.ADMIN + "/role", "{\"role\":\"librarian\"}"), 409, "conflict");
        assertThat(admin.get("api/users/" + ItAccounts.ADMIN).json().getString("role")).isEqualTo("admin");
    }

    private List<JsonObject> users() {
        Reply reply = admin.get("api/users");
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static String user(String name, String password, String role) {
        return Json.createObjectBuilder().add("name", name).add("password", password).add("role", role).build().toString();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(reply.json().getString("type")).endsWith("/" + type);
    }
}
