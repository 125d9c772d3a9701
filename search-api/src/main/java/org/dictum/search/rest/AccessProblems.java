package org.dictum.search.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dictum.search.security.Challenges;
import org.dictum.search.security.CredentialKind;

/** The 401, 403 and 429 answers of the API, with the headers RFC 9110 and RFC 6750 ask for. */
final class AccessProblems {

    private AccessProblems() {
    }

    /** 401 with a challenge for each accepted kind of credential; {@code error} is RFC 6750's, e.g. {@code invalid_token}. */
    static Response unauthorized(String detail, List<CredentialKind> accepted, String error) {
        Response.ResponseBuilder response = Response.fromResponse(ProblemType.UNAUTHORIZED.response(detail));
        for (CredentialKind kind : accepted) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, Challenges.of(kind, error));
        }
        return response.build();
    }

    static Response forbidden(String detail) {
        return ProblemType.FORBIDDEN.response(detail);
    }

    static Response insufficientScope(String detail, String scope) {
        return Response.fromResponse(ProblemType.FORBIDDEN.response(detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.insufficientScope(scope))
                .build();
    }

    static Response throttled(long retryAfterSeconds) {
        return Response.fromResponse(ProblemType.TOO_MANY_LOGIN_FAILURES.response(
                        "Too many failed logins for this user name or from this address; try again in "
                                + retryAfterSeconds + " s"))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }
}
