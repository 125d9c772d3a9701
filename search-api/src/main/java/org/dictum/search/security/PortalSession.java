package org.dictum.search.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The portal remembers only the logged-in user's name in the HTTP session; role and enabled state
 * are read again on every request, so that a role change or a disabled account applies at once.
 */
final class PortalSession {

    private static final String USER_NAME = PortalSession.class.getName() + ".user";

    private PortalSession() {
    }

    static void remember(HttpServletRequest request, String name) {
        request.getSession(true).setAttribute(USER_NAME, name);
    }

    static Optional<String> userName(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER_NAME));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USER_NAME);
        }
    }
}
