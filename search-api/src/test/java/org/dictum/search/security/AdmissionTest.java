package org.dictum.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.Caller;
import org.dictum.search.security.CredentialKind;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private static final ApiAuthentication ANONYMOUS = new ApiAuthentication.Anonymous();
    private static final ApiAuthentication READER = new ApiAuthentication.Authenticated(
            new Caller("reader", Role.RESEARCHER, EnumSet.of(TokenScope.READ), CredentialKind.TOKEN));

    @Test
    void a_public_archive_lets_anonymous_callers_read_but_not_write() {
        assertThat(Admission.of(ANONYMOUS, "GET", true)).isInstanceOf(Admission.Admitted.class);
        assertThat(Admission.of(ANONYMOUS, "HEAD", true)).isInstanceOf(Admission.Admitted.class);
        for (String write : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(Admission.of(ANONYMOUS, write, true)).as(write).isInstanceOf(Admission.AuthenticationRequired.class);
        }
    }

    @Test
    void a_private_archive_wants_credentials_for_reading_too() {
        assertThat(Admission.of(ANONYMOUS, "GET", false)).isInstanceOf(Admission.AuthenticationRequired.class);
        assertThat(Admission.of(READER, "GET", false)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void invalid_credentials_are_refused_even_for_public_reads_and_name_the_scheme_to_use() {
        assertThat(Admission.of(new ApiAuthentication.Invalid("Bearer", "revoked"), "GET", true))
                .isEqualTo(new Admission.InvalidCredentials(CredentialKind.TOKEN, "revoked"));
        assertThat(Admission.of(new ApiAuthentication.Invalid("Basic", "wrong"), "POST", true))
                .isEqualTo(new Admission.InvalidCredentials(CredentialKind.PASSWORD, "wrong"));
    }

    @Test
    void a_throttled_login_waits_whole_seconds_rounded_up() {
        assertThat(Admission.of(new ApiAuthentication.Throttled(Duration.ofMillis(1500)), "POST", true))
                .isEqualTo(new Admission.Throttled(2));
        assertThat(Admission.of(new ApiAuthentication.Throttled(Duration.ZERO), "POST", true))
                .isEqualTo(new Admission.Throttled(1));
    }
}
