package org.dictum.it.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.LoopbackClient;
import org.dictum.it.support.LoopbackClient.RawReply;
import org.dictum.it.support.PortalClient;
import org.junit.jupiter.api.Test;

/**
 * Login throttling per user name and per client address. The IT server allows
 * {@code dictum.it.login.max-failures-per-user} and {@code ...-per-address} failures (it-tests/pom.xml).
 * Each test fails logins from a loopback address of its own (127.0.0.x), so that the other ITs'
 * logins from 127.0.0.1 are never throttled.
 */
class LoginThrottleIT extends ClientSideIntegrationTest {

    private static final int PER_USER = Integer.getInteger("dictum.it.login.max-failures-per-user");
    private static final int PER_ADDRESS = Integer.getInteger("dictum.it.login.max-failures-per-address");

    @Test
    void after_repeated_failures_for_one_user_name_even_the_right_password_gets_429_from_any_address() {
        String user = ItAccounts.createUser(new HttpApi(baseUrl), "throttled", "researcher");
        String other = ItAccounts.createUser(new HttpApi(baseUrl), "not-throttled", "researcher");
        LoopbackClient guesser = new LoopbackClient(baseUrl, "127.0.0.3");
        for (int i = 0; i < PER_USER; i++) {
            assertThat(guesser.issueToken(user, "wrong guess " + i).status()).isEqualTo(401);
        }

        RawReply throttled = guesser.issueToken(user, ItAccounts.PASSWORD);
        RawReply elsewhere = new LoopbackClient(baseUrl, "127.0.0.4").issueToken(user, ItAccounts.PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().get("content-type")).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(throttled.body()).contains("too-many-login-failures");
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isBetween(1L,
                Long.getLong("dictum.it.login.failure-window-seconds"));
        assertThat(elsewhere.status()).isEqualTo(429);
        assertThat(guesser.issueToken(other, ItAccounts.PASSWORD).status()).as("other users of that address").isEqualTo(201);
        assertThat(new PortalClient(baseUrl).logIn(user, ItAccounts.PASSWORD).textOf("messages"))
                .startsWith("Too many failed logins for this user name or from this address. Try again in");
    }

    @Test
    void after_repeated_failures_from_one_address_every_user_name_gets_429_there_and_only_there() {
        String user = ItAccounts.createUser(new HttpApi(baseUrl), "from-address", "researcher");
        LoopbackClient guesser = new LoopbackClient(baseUrl, "127.0.0.2");
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(guesser.issueToken("nobody-" + UUID.randomUUID(), "guess").status()).isEqualTo(401);
        }

        assertThat(guesser.issueToken(user, ItAccounts.PASSWORD).status()).isEqualTo(429);
        assertThat(new LoopbackClient(baseUrl, "127.0.0.5").issueToken(user, ItAccounts.PASSWORD).status()).isEqualTo(201);
    }
}
