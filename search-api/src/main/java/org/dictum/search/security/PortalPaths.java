package org.dictum.search.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the portal's pages, the API and the login page live, and what a private archive still shows to anyone. */
public final class PortalPaths {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API = "/api";
    /** The OAI-PMH base URL: harvesters, like API clients, are programs that present a token, not visitors. */
    public static final String OAI = "/oai";

    private PortalPaths() {
    }

    /** The path inside the application, without its context path. */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isApi(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals(API) || path.startsWith(API + "/");
    }

    /** Requests of programs (API clients and OAI-PMH harvesters): credentials are checked, never a login page shown. */
    static boolean isForPrograms(HttpServletRequest request) {
        return isApi(request) || pathOf(request).equals(OAI);
    }

    /**
     * Whether an anonymous visitor is sent to the login page: for pages that need a role, and in a
     * private archive for everything but what {@link #isOpen} lists.
     */
    static boolean needsLogin(boolean protectedByRole, boolean anonymousMayRead, String path) {
        return protectedByRole || !anonymousMayRead && !isOpen(path);
    }

    /** Open even in a private archive: the login page, its style sheets and scripts, the error pages. */
    static boolean isOpen(String path) {
        return path.equals(LOGIN_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/errors/")
                || path.startsWith("/resources/");
    }

    /**
     * The login page, asked to come back to this request's page (GET only; a form post is not
     * repeated): for protected pages, and for the portal's "Log in" links.
     */
    public static String loginRedirect(HttpServletRequest request) {
        String back = pathOf(request);
        if (request.getQueryString() != null) {
            back += "?" + request.getQueryString();
        }
        String url = request.getContextPath() + LOGIN_PAGE;
        return "GET".equals(request.getMethod()) ? url + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8) : url;
    }
}
