package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.ApiToken;
import org.dictum.domain.account.ApiTokenRepository;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.account.UserAccountRepository;

/** Issues, lists, revokes and checks API tokens; administrators list and revoke anyone's. */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    static final int MAX_LISTED = 500;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    @Transactional
    public IssuedToken issue(Caller caller, String name, Set<TokenScope> scopes) {
        UserAccount owner = accounts.findByName(caller.name()).orElseThrow(() -> new UnknownEntityException("User", caller.name()));
        String secret = TokenSecrets.newSecret();
        ApiToken token = tokens.save(new ApiToken(owner, name, TokenSecrets.sha256Hex(secret), scopes, clock.instant()));
        LOG.info(() -> "API token " + token.getId() + " issued to " + owner.getName() + " with scopes " + token.getScopes());
        return IssuedToken.of(TokenSummary.of(token), secret);
    }

    @Transactional
    public List<TokenSummary> ownedBy(Caller caller) {
        return accounts.findByName(caller.name())
                .map(owner -> tokens.ownedBy(owner, MAX_LISTED).stream().map(TokenSummary::of).toList())
                .orElse(List.of());
    }

    /**
     * The tokens of the user named {@code user}: the caller's own when none is named; another user's
     * only for an administrator (others are refused), and an unknown user is unknown (404).
     */
    @Transactional
    public List<TokenSummary> ownedBy(Caller caller, String user) {
        if (user == null || user.isBlank() || user.strip().equals(caller.name())) {
            return ownedBy(caller);
        }
        if (!caller.has(Role.ADMIN)) {
            throw new NotPermittedException("Only administrators list the API tokens of other users");
        }
        UserAccount owner = accounts.findByName(user.strip()).orElseThrow(() -> new UnknownEntityException("User", user.strip()));
        return tokens.ownedBy(owner, MAX_LISTED).stream().map(TokenSummary::of).toList();
    }

    /** One token of the caller's, or anyone's for an administrator, without its secret; others' tokens are "not found". */
    @Transactional
    public TokenSummary summary(Caller caller, long id) {
        return TokenSummary.of(visibleTo(caller, id));
    }

    /** Revokes a token of the caller's, or anyone's for an administrator; others' tokens are "not found". */
    @Transactional
    public TokenSummary revoke(Caller caller, long id) {
        ApiToken token = visibleTo(caller, id);
        token.revoke(clock.instant());
        LOG.info(() -> "API token " + id + " of " + token.getOwner().getName() + " revoked by " + caller.name());
        return TokenSummary.of(token);
    }

    private ApiToken visibleTo(Caller caller, long id) {
        return tokens.findById(id)
                .filter(t -> t.getOwner().getName().equals(caller.name()) || caller.has(Role.ADMIN))
                .orElseThrow(() -> new UnknownEntityException("Token", id));
    }

    /** The caller a bearer secret stands for, when the token exists, is not revoked and its owner is enabled. */
    @Transactional
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findBySecretHash(TokenSecrets.sha256Hex(secret))
                .filter(ApiToken::isUsable)
                .map(t -> new Caller(t.getOwner().getName(), t.getOwner().getRole(), t.getScopes(), CredentialKind.TOKEN));
    }
}
