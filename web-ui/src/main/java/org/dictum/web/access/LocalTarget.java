package org.dictum.web.access;

/** Where to go after logging in: a path of this portal only, never another site (no open redirect). */
final class LocalTarget {

    private LocalTarget() {
    }

    static String of(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || next.startsWith("/login.xhtml")) {
            return "/";
        }
        return next;
    }
}
