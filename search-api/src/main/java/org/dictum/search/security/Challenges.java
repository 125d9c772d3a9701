package org.dictum.search.security;

/** The {@code WWW-Authenticate} challenges of RFC 9110 (Basic, RFC 7617) and RFC 6750 (Bearer) that Dictum sends. */
public final class Challenges {

    public static final String REALM = "Dictum";

    private Challenges() {
    }

    /** The challenge for one kind of credential; {@code error} is RFC 6750's ({@code invalid_token}) or null. */
    public static String of(CredentialKind kind, String error) {
        if (kind == CredentialKind.PASSWORD) {
            return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
        }
        return "Bearer realm=\"" + REALM + "\"" + (error == null ? "" : ", error=\"" + error + "\"");
    }

    /** A token that lacks the scope a request needs. */
    public static String insufficientScope(String scope) {
        return "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"" + scope + "\"";
    }
}
