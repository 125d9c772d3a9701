package org.dictum.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logging in and out of the portal, its protected pages, tokens and users made there, and CSRF. */
class PortalAccessIT extends ClientSideIntegrationTest {

    private HttpApi admin;

    @BeforeEach
    void administrator() {
        admin = new HttpApi(baseUrl);
    }

    @Test
    void anonymous_visitors_read_freely_and_are_sent_to_the_login_page_for_account_and_admin_pages() {
        PortalClient visitor = new PortalClient(baseUrl);

        Page search = visitor.get("");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.document().getElementById("login-link")).isNotNull();
        assertThat(search.document().getElementById("current-user")).isNull();

        Page tokens = visitor.get("account/tokens.xhtml");
        assertThat(tokens.status()).isEqualTo(302);
        assertThat(tokens.location()).endsWith("/login.xhtml?next=%2Faccount%2Ftokens.xhtml");
        assertThat(visitor.get("admin/users.xhtml").location()).contains("/login.xhtml?next=%2Fadmin%2Fusers.xhtml");
    }

    @Test
    void a_login_shows_who_is_logged_in_returns_to_the_page_asked_for_and_a_logout_ends_it() {
        String librarian = ItAccounts.createUser(admin, "portal-librarian", "librarian");
        PortalClient browser = new PortalClient(baseUrl);
        Page login = browser.open("account/tokens.xhtml");
        assertThat(login.uri().getPath()).isEqualTo("/login.xhtml");

        Page tokens = browser.submit(login, "login", Map.of("login:name", librarian, "login:password", ItAccounts.PASSWORD), "login:submit");

        assertThat(tokens.uri().getPath()).isEqualTo("/account/tokens.xhtml");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.textOf("current-user")).isEqualTo(librarian);
        assertThat(tokens.textOf("current-role")).isEqualTo("librarian");
        assertThat(tokens.document().getElementById("users-link")).as("only administrators see Users").isNull();
        assertThat(browser.get("").textOf("current-user")).isEqualTo(librarian);

        Page afterLogout = browser.logOut(tokens);

        assertThat(afterLogout.document().getElementById("login-link")).isNotNull();
        assertThat(browser.get("account/tokens.xhtml").status()).isEqualTo(302);
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_and_opens_no_session() {
        String researcher = ItAccounts.createUser(admin, "portal-wrong", "researcher");
        PortalClient browser = new PortalClient(baseUrl);

        Page refused = browser.logIn(researcher, "not the password at all");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.textOf("messages")).isEqualTo("Unknown user name or wrong password.");
        assertThat(refused.document().getElementById("current-user")).isNull();
        assertThat(browser.get("account/tokens.xhtml").status()).isEqualTo(302);
    }

    @Test
    void a_researcher_may_not_open_the_users_page() {
        String researcher = ItAccounts.createUser(admin, "portal-researcher", "researcher");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(researcher, ItAccounts.PASSWORD);

        Page users = browser.get("admin/users.xhtml");

        assertThat(users.status()).isEqualTo(403);
        assertThat(users.body()).contains("Not allowed");
    }

    @Test
    void an_administrator_creates_a_user_who_makes_a_token_shown_once_that_works_until_revoked() {
        PortalClient administrator = new PortalClient(baseUrl);
        Page users = administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        users = administrator.open("admin/users.xhtml");
        assertThat(users.textOf("users-link")).isEqualTo("Users");
        String name = "portal-made-" + System.nanoTime();

        Page created = administrator.submit(users, "create",
                Map.of("create:name", name, "create:password", ItAccounts.PASSWORD, "create:role", "librarian"), "create:submit");

        assertThat(created.textOf("messages")).isEqualTo("User " + name + " created as librarian.");
        assertThat(created.document().select(".user-name").eachText()).contains(name);
        assertThat(admin.get("api/users/" + name).json().getString("role")).isEqualTo("librarian");

        PortalClient user = new PortalClient(baseUrl);
        user.logIn(name, ItAccounts.PASSWORD);
        Page tokens = user.open("account/tokens.xhtml");
        Page issued = user.submit(tokens, "issue", Map.of("issue:name", "portal script", "issue:write", "on"), "issue:create");
        String secret = issued.textOf("issued-token");
        assertThat(secret).startsWith("dictum_");
        assertThat(user.open("account/tokens.xhtml").textOf("issued-token")).as("shown only once").isNull();

        HttpApi script = HttpApi.withToken(baseUrl, secret);
        HttpApi.Reply mine = script.get("api/tokens");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("\"portal script\"", "\"read\"", "\"write\"").doesNotContain(secret);

        Page list = user.open("account/tokens.xhtml");
        Element row = list.document().select("#tokens\\:list tbody tr").first();
        assertThat(row.text()).contains("portal script");
        String revokeButton = row.selectFirst("input[type=submit]").attr("name");
        user.submit(list, "tokens", Map.of(), revokeButton);

        assertThat(script.get("api/tokens").status()).isEqualTo(401);
    }

    @Test
    void the_users_page_has_a_heading_for_each_form_and_for_the_list_so_that_they_can_be_found_by_heading() {
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());

        Page users = administrator.open("admin/users.xhtml");

        assertThat(users.document().select("main h2").eachText()).containsExactly("New user", "Replace a password", "All users");
        assertThat(users.document().selectFirst("#create h2")).as("the creation form's own heading").isNotNull();
        assertThat(users.document().selectFirst("#password h2")).as("the password form's own heading").isNotNull();
    }

    @Test
    void a_user_without_tokens_is_told_so_rather_than_shown_nothing_under_the_form() {
        PortalClient researcher = new PortalClient(baseUrl);
        researcher.logIn(ItAccounts.createUser(admin, "tokenless", "researcher"), ItAccounts.PASSWORD);

        Page tokens = researcher.open("account/tokens.xhtml");

        assertThat(tokens.textOf("no-tokens")).isEqualTo("You have no API tokens yet.");
        assertThat(tokens.document().select("#tokens\\:list")).isEmpty();
    }

    @Test
    void an_administrator_replaces_a_users_password_in_the_portal() {
        String name = ItAccounts.createUser(admin, "portal-password", "researcher");
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page users = administrator.open("admin/users.xhtml");

        Page replaced = administrator.submit(users, "password",
                Map.of("password:user", name, "password:new-password", "set in the portal 1"), "password:submit");

        assertThat(replaced.textOf("messages")).isEqualTo("Password of " + name + " replaced.");
        assertThat(new PortalClient(baseUrl).logIn(name, "set in the portal 1").textOf("current-user")).isEqualTo(name);
        assertThat(HttpApi.withBasic(baseUrl, name, ItAccounts.PASSWORD).get("api/tokens").status()).isEqualTo(401);
    }

    @Test
    void a_taken_user_name_and_a_short_password_are_refused_next_to_their_fields_with_the_name_kept() {
        String taken = ItAccounts.createUser(admin, "portal-taken", "researcher");
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page users = administrator.open("admin/users.xhtml");
        String fresh = "portal-short-" + System.nanoTime();

        Page nameTaken = administrator.submit(users, "create",
                Map.of("create:name", taken, "create:password", ItAccounts.PASSWORD, "create:role", "librarian"), "create:submit");
        Page tooShort = administrator.submit(nameTaken, "create",
                Map.of("create:name", fresh, "create:password", "short", "create:role", "librarian"), "create:submit");
        Page shortReplacement = administrator.submit(tooShort, "password",
                Map.of("password:user", taken, "password:new-password", "short"), "password:submit");

        assertRefusedNextTo(nameTaken, "create:name", "The user name '" + taken + "' is already taken");
        assertThat(nameTaken.document().getElementById("create:name").val()).isEqualTo(taken);
        assertRefusedNextTo(tooShort, "create:password", "A password has at least 12 characters");
        assertThat(tooShort.document().getElementById("create:name").val()).as("the name typed is kept").isEqualTo(fresh);
        assertRefusedNextTo(shortReplacement, "password:new-password", "A password has at least 12 characters");
        assertThat(admin.get("api/users").body()).doesNotContain(fresh);
    }

    /** The message stands next to the field, which is marked invalid and described by it, and not above the forms. */
    private static void assertRefusedNextTo(Page page, String field, String message) {
        assertThat(page.textOf(field + "-message")).as(field).isEqualTo(message);
        assertThat(page.document().getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(page.document().getElementById(field).attr("aria-describedby")).as(field).isEqualTo(field + "-message");
        assertThat(page.textOf("messages")).as("the refusal only once, next to " + field).isNullOrEmpty();
    }

    @Test
    void a_users_row_button_acts_on_the_user_shown_in_the_row_when_a_user_was_added_meanwhile() {
        String target = ItAccounts.createUser(admin, "portal-row-target", "researcher");
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page users = administrator.open("admin/users.xhtml");
        Element row = users.document().select("#users\\:list tbody tr").stream()
                .filter(r -> r.selectFirst(".user-name").text().equals(target)).findFirst().orElseThrow();
        String disable = row.selectFirst("input[id$=disable]").attr("name");
        String meanwhile = ItAccounts.createUser(admin, "0-meanwhile", "researcher"); // listed before every other user

        Page done = administrator.submit(users, "users", Map.of(), disable);

        assertThat(done.textOf("messages")).isEqualTo("User " + target + " disabled.");
        assertThat(admin.get("api/users/" + target).json().getBoolean("enabled")).isFalse();
        assertThat(admin.get("api/users/" + meanwhile).json().getBoolean("enabled")).isTrue();
        assertThat(done.document().select(".user-name").eachText()).as("the page lists the users as they are now").contains(meanwhile);
    }

    @Test
    void the_buttons_repeated_in_each_row_are_named_after_the_row_s_token_or_user() {
        String name = ItAccounts.createUser(admin, "portal-row-names", "researcher");
        admin.issueToken(name, ItAccounts.PASSWORD, "ci-bot", "read");
        PortalClient user = new PortalClient(baseUrl);
        user.logIn(name, ItAccounts.PASSWORD);
        PortalClient administrator = new PortalClient(baseUrl);
        administrator.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());

        Element token = user.open("account/tokens.xhtml").document().select("#tokens\\:list tbody tr").first();
        Element row = administrator.open("admin/users.xhtml").document().select("#users\\:list tbody tr").stream()
                .filter(r -> r.selectFirst(".user-name").text().equals(name)).findFirst().orElseThrow();

        assertThat(token.selectFirst("input[id$=revoke]").attr("aria-label")).isEqualTo("Revoke token 'ci-bot'");
        assertThat(token.selectFirst("input[id$=revoke]").val()).as("the visible text stays short").isEqualTo("Revoke");
        assertThat(row.selectFirst("input[id$=disable]").attr("aria-label")).isEqualTo("Disable user '" + name + "'");
        assertThat(row.select("input[type=submit]").eachAttr("aria-label")).contains("Make librarian user '" + name + "'");
    }

    @Test
    void revoke_acts_on_the_token_shown_in_its_row_when_a_token_was_made_meanwhile() {
        String name = ItAccounts.createUser(admin, "portal-row-tokens", "researcher");
        String first = admin.issueToken(name, ItAccounts.PASSWORD, "first", "read");
        PortalClient user = new PortalClient(baseUrl);
        user.logIn(name, ItAccounts.PASSWORD);
        Page list = user.open("account/tokens.xhtml");
        Element row = list.document().select("#tokens\\:list tbody tr").stream()
                .filter(r -> r.text().contains("first")).findFirst().orElseThrow();
        String revoke = row.selectFirst("input[type=submit]").attr("name");
        String second = admin.issueToken(name, ItAccounts.PASSWORD, "second", "read"); // listed first, newest first

        user.submit(list, "tokens", Map.of(), revoke);

        assertThat(HttpApi.withToken(baseUrl, first).get("api/tokens").status()).isEqualTo(401);
        assertThat(HttpApi.withToken(baseUrl, second).get("api/tokens").status()).as("the token made meanwhile still works").isEqualTo(200);
    }

    @Test
    void revoke_answers_with_a_redirect_to_the_list_so_that_reload_sends_nothing_again() {
        String name = ItAccounts.createUser(admin, "portal-revoke-prg", "researcher");
        String token = admin.issueToken(name, ItAccounts.PASSWORD, "soon revoked", "read");
        PortalClient user = new PortalClient(baseUrl);
        user.logIn(name, ItAccounts.PASSWORD);
        Page list = user.open("account/tokens.xhtml");
        String revoke = list.document().select("#tokens\\:list tbody tr").first().selectFirst("input[id$=revoke]").attr("name");

        Page answer = user.answer(list, "tokens", Map.of(), Set.of(), revoke);

        assertThat(answer.status()).as("the post is answered by a redirect, not by the page: %s", answer.body()).isIn(302, 303);
        assertThat(answer.location()).contains("account/tokens.xhtml");
        Page shown = user.followed(answer);
        assertThat(shown.textOf("messages")).as("the outcome survives the redirect").matches("Token \\d+ revoked\\.");
        assertThat(shown.document().select("#tokens\\:list input[id$=revoke]")).as("the token is listed revoked").isEmpty();
        assertThat(HttpApi.withToken(baseUrl, token).get("api/tokens").status()).isEqualTo(401);
    }

    @Test
    void make_a_token_answers_with_a_redirect_that_shows_the_secret_once_so_that_reload_makes_no_second_token() {
        String name = ItAccounts.createUser(admin, "portal-issue-prg", "researcher");
        PortalClient user = new PortalClient(baseUrl);
        user.logIn(name, ItAccounts.PASSWORD);
        Page form = user.open("account/tokens.xhtml");

        Page answer = user.answer(form, "issue", Map.of("issue:name", "reloaded script"), Set.of(), "issue:create");

        assertThat(answer.status()).as("the post is answered by a redirect, not by the page: %s", answer.body()).isIn(302, 303);
        Page shown = user.followed(answer);
        String secret = shown.textOf("issued-token");
        assertThat(secret).as("the new token's secret survives the redirect").startsWith("dictum_");
        assertThat(HttpApi.withToken(baseUrl, secret).get("api/tokens").status()).isEqualTo(200);
        Page reloaded = user.open(answer.location());
        assertThat(reloaded.textOf("issued-token")).as("shown only once").isNull();
        assertThat(HttpApi.withBasic(baseUrl, name, ItAccounts.PASSWORD).get("api/tokens").jsonArray()).as("one token made").hasSize(1);
    }

    @Test
    void disabling_a_user_ends_their_session_and_their_tokens() {
        String name = ItAccounts.createUser(admin, "portal-disabled", "researcher");
        String token = admin.issueToken(name, ItAccounts.PASSWORD, "soon useless", "read");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(name, ItAccounts.PASSWORD);
        assertThat(browser.get("account/tokens.xhtml").status()).isEqualTo(200);

        assertThat(admin.putJson("api/users/" + name + "/enabled", "{\"enabled\":false}").status()).isEqualTo(200);

        assertThat(browser.get("account/tokens.xhtml").status()).isEqualTo(302);
        assertThat(HttpApi.withToken(baseUrl, token).get("api/tokens").status()).isEqualTo(401);
        assertThat(new PortalClient(baseUrl).logIn(name, ItAccounts.PASSWORD).textOf("messages"))
                .isEqualTo("Unknown user name or wrong password.");
    }

    @Test
    void a_form_post_without_a_view_state_of_this_session_changes_nothing() {
        PortalClient victim = new PortalClient(baseUrl);
        victim.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        Page users = victim.open("admin/users.xhtml");
        PortalClient attacker = new PortalClient(baseUrl);
        attacker.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        String attackersViewState = attacker.open("admin/users.xhtml").document()
                .selectFirst("#create input[name=jakarta.faces.ViewState]").val();

        for (String viewState : new String[] {null, "forged", attackersViewState}) {
            String name = "csrf-" + System.nanoTime();
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("create", "create", "create:name", name,
                    "create:password", ItAccounts.PASSWORD, "create:role", "admin", "create:submit", "Create user"));
            if (viewState != null) {
                fields.put("jakarta.faces.ViewState", viewState);
            }

            Page answer = victim.post(victim.resolve("admin/users.xhtml"), fields);

            assertThat(answer.body()).as("view state %s", viewState).doesNotContain("User " + name + " created");
            if (viewState != null) {
                assertThat(answer.status()).as("view state %s: the visitor's situation, not a server error", viewState).isEqualTo(400);
                assertThat(answer.body()).as("view state %s", viewState).contains("<h1>Form expired</h1>");
            }
            assertThat(admin.get("api/users/" + name).status()).as("view state %s", viewState).isEqualTo(404);
        }
        Page genuine = victim.submit(users, "create", Map.of("create:name", "csrf-control-" + System.nanoTime(),
                "create:password", ItAccounts.PASSWORD, "create:role", "researcher"), "create:submit");
        assertThat(genuine.textOf("messages")).as("the same post with the page's own view state works").contains("created as researcher");
    }
}
