package org.dictum.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalPathsTest {

    @Test
    void a_public_archive_asks_for_a_login_only_on_pages_that_need_a_role() {
        assertThat(PortalPaths.needsLogin(false, true, "/index.xhtml")).isFalse();
        assertThat(PortalPaths.needsLogin(false, true, "/article.xhtml")).isFalse();
        assertThat(PortalPaths.needsLogin(true, true, "/admin/users.xhtml")).isTrue();
    }

    @Test
    void a_private_archive_asks_for_a_login_everywhere_but_the_login_page_its_resources_and_error_pages() {
        assertThat(PortalPaths.needsLogin(false, false, "/")).isTrue();
        assertThat(PortalPaths.needsLogin(false, false, "/index.xhtml")).isTrue();
        assertThat(PortalPaths.needsLogin(false, false, "/attention.xhtml")).isTrue();
        assertThat(PortalPaths.needsLogin(false, false, "/login.xhtml")).isFalse();
        assertThat(PortalPaths.needsLogin(false, false, "/jakarta.faces.resource/css/dictum.css.xhtml")).isFalse();
        assertThat(PortalPaths.needsLogin(false, false, "/errors/404.html")).isFalse();
        assertThat(PortalPaths.needsLogin(false, false, "/login.xhtml.evil")).isTrue();
    }
}
