package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The application's one authentication mechanism (Jakarta Security). Under {@code /api} and at
 * {@code /oai}: a bearer token, or HTTP Basic (which only the token endpoints accept); the outcome is
 * recorded for the REST layer, which answers 401/403/429 in problem+json, and for the OAI-PMH servlet. The portal: a login through
 * {@code SecurityContext.authenticate} with a name and password opens a session; pages that need a
 * role (or every page, in a private archive) send anonymous visitors to the login page. The API
 * accepts the portal's session for reads only ({@code GET}, {@code HEAD}, with the scope {@code read}), which
 * the portal's own pages make (facet values, "as JSON" links); a change always needs a token, so a forged
 * cross-site request cannot use the session there.
 */
@ApplicationScoped
public class DictumAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    TokenService tokens;

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    AccountService accounts;

    @Inject
    ArchiveAccess access;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (PortalPaths.isForPrograms(request)) {
            ApiAuthentication result = authenticateApiCall(request);
            ApiAuthentication.record(request, result);
            if (result instanceof ApiAuthentication.Authenticated authenticated) {
                return context.notifyContainerAboutLogin(authenticated.caller().name(), authenticated.caller().roleNames());
            }
            return context.doNothing();
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return logIn(request, context, context.getAuthParameters().getCredential());
        }
        Optional<Caller> caller = PortalSession.userName(request).flatMap(accounts::sessionCaller);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().name(), caller.get().roleNames());
        }
        PortalSession.forget(request);
        if (PortalPaths.needsLogin(context.isProtected(), access.anonymousMayRead(), PortalPaths.pathOf(request))) {
            return context.redirect(PortalPaths.loginRedirect(request));
        }
        return context.doNothing();
    }

    private ApiAuthentication authenticateApiCall(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return portalReader(request).orElseGet(ApiAuthentication.Anonymous::new);
        }
        int space = authorization.indexOf(' ');
        String scheme = (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : authorization.substring(space + 1).strip();
        return switch (scheme) {
            case "bearer" -> tokens.authenticate(value)
                    .<ApiAuthentication>map(ApiAuthentication.Authenticated::new)
                    .orElseGet(() -> new ApiAuthentication.Invalid("Bearer", "The token is unknown or revoked, or its owner is disabled"));
            case "basic" -> basic(value, request.getRemoteAddr());
            default -> new ApiAuthentication.Invalid("Bearer", "Unsupported authorization scheme: use a bearer token");
        };
    }

    /** The portal's logged-in visitor, reading: a read-only caller; empty for other methods or without a session. */
    private Optional<ApiAuthentication> portalReader(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        return PortalSession.userName(request).flatMap(accounts::sessionCaller)
                .map(caller -> new ApiAuthentication.Authenticated(caller.readingOnly()));
    }

    private ApiAuthentication basic(String encoded, String clientAddress) {
        Optional<String[]> nameAndPassword = decodeBasic(encoded);
        if (nameAndPassword.isEmpty()) {
            return new ApiAuthentication.Invalid("Basic", "Malformed HTTP Basic credentials");
        }
        String[] pair = nameAndPassword.get();
        LoginOutcome outcome = passwordLogin.attempt(pair[0], pair[1], clientAddress, CredentialKind.PASSWORD);
        if (outcome instanceof LoginOutcome.Success success) {
            return new ApiAuthentication.Authenticated(success.caller());
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            return new ApiAuthentication.Throttled(throttled.retryAfter());
        }
        return new ApiAuthentication.Invalid("Basic", "Unknown user name or wrong password");
    }

    private static Optional<String[]> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome outcome = passwordLogin.attempt(password.getCaller(), password.getPasswordAsString(),
                request.getRemoteAddr(), CredentialKind.PASSWORD);
        request.setAttribute(LoginOutcome.ATTRIBUTE, outcome);
        if (outcome instanceof LoginOutcome.Success success) {
            PortalSession.remember(request, success.caller().name());
            return context.notifyContainerAboutLogin(success.caller().name(), success.caller().roleNames());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        PortalSession.forget(request);
    }
}
