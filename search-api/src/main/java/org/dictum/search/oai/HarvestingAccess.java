package org.dictum.search.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.Admission;
import org.dictum.search.security.ApiAuthentication;
import org.dictum.search.security.ArchiveAccess;
import org.dictum.search.security.Challenges;
import org.dictum.search.security.CredentialKind;

/**
 * Who may harvest: anyone in a public archive; in a private one, a caller with a bearer token that may
 * read (or the portal's session). A harvester is a program: it is refused in plain HTTP, never sent to
 * the portal's login page, and OAI-PMH has no error code of its own for access. 401 with a Bearer
 * challenge without or with invalid credentials, 403 for a token without the scope {@code read}, 429
 * after too many failed passwords.
 */
@ApplicationScoped
class HarvestingAccess {

    private static final String READ = TokenScope.READ.scopeName();

    @Inject
    ArchiveAccess access;

    /** Whether the harvest may go on; when it may not, the refusal has been sent. */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiAuthentication authentication = ApiAuthentication.of(request);
        Admission admission = Admission.of(authentication, true, access.anonymousMayRead());
        if (admission instanceof Admission.InvalidCredentials invalid) {
            response.setHeader("WWW-Authenticate", Challenges.of(CredentialKind.TOKEN,
                    invalid.kind() == CredentialKind.TOKEN ? "invalid_token" : null));
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, invalid.detail());
        } else if (admission instanceof Admission.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            refuse(response, 429, "Too many failed logins; try again in " + throttled.retryAfterSeconds() + " s");
        } else if (admission instanceof Admission.AuthenticationRequired) {
            response.setHeader("WWW-Authenticate", Challenges.of(CredentialKind.TOKEN, null));
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "This archive is private: harvest with Authorization: Bearer <token> (a token with the scope read)");
        } else if (authentication instanceof ApiAuthentication.Authenticated authenticated
                && !authenticated.caller().may(TokenScope.READ)) {
            response.setHeader("WWW-Authenticate", Challenges.insufficientScope(READ));
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Harvesting needs a token with the scope " + READ);
        } else {
            return true;
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
