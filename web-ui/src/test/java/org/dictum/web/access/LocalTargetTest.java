package org.dictum.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalTargetTest {

    @Test
    void a_path_of_the_portal_is_kept_with_its_query() {
        assertThat(LocalTarget.of("/account/tokens.xhtml")).isEqualTo("/account/tokens.xhtml");
        assertThat(LocalTarget.of("/?q=talks&actor=NATO")).isEqualTo("/?q=talks&actor=NATO");
    }

    @Test
    void anything_that_could_leave_the_portal_goes_to_the_start_page() {
        assertThat(LocalTarget.of(null)).isEqualTo("/");
        assertThat(LocalTarget.of("https://evil.example/")).isEqualTo("/");
        assertThat(LocalTarget.of("//evil.example/")).isEqualTo("/");
        assertThat(LocalTarget.of("/\\evil.example/")).isEqualTo("/");
        assertThat(LocalTarget.of("javascript:alert(1)")).isEqualTo("/");
        assertThat(LocalTarget.of("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
        assertThat(LocalTarget.of("/login.xhtml?next=/")).isEqualTo("/");
    }
}
