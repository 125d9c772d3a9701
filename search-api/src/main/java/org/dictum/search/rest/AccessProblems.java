package org.dictum.search.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.dictum.search.security.CredentialKind;

/** The 401, 403 and 429 answers of the API, with the headers RFC 9110 and RFC 6750 ask for. */
final class AccessProblems {

    static final String REALM = "Dictum";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private AccessProblems() {
    }

    static boolean isWrite(String method) {
        return WRITES.contains(method);
    }

    /** 401 with a challenge for each accepted kind of credential; {@code error} is RFC 6750's, e.g. {@code invalid_token}. */
    static Response unauthorized(String detail, List<CredentialKind> accepted, String error) {
        Response.ResponseBuilder response = Response.fromResponse(ProblemType.UNAUTHORIZED.response(detail));
        for (CredentialKind kind : accepted) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge(kind, error));
        }
        return response.build();
    }

    static Response forbidden(String detail) {
        return ProblemType.FORBIDDEN.response(detail);
    }

    static Response insufficientScope(String detail, String scope) {
        return Response.fromResponse(ProblemType.FORBIDDEN.response(detail))
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\"" + scope + "\"")
                .build();
    }

    static Response throttled(long retryAfterSeconds) {
        return Response.fromResponse(ProblemType.TOO_MANY_LOGIN_FAILURES.response(
                        "Too many failed logins for this user name or from this address; try again in "
                                + retryAfterSeconds + " s"))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private static String challenge(CredentialKind kind, String error) {
        if (kind == CredentialKind.PASSWORD) {
            return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
        }
        return "Bearer realm=\"" + REALM + "\"" + (error == null ? "" : ", error=\"" + error + "\"");
    }
}
