package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.UnknownEntityException;
import org.dictum.domain.account.LastAdministratorException;
import org.dictum.domain.account.NameTakenException;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.account.UserAccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** User administration and password checks. */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Far more accounts than an archive's staff; listing is bounded all the same. */
    static final int MAX_LISTED = 1000;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "dictum.security.password.min-length", defaultValue = "12")
    int minPasswordLength;

    @Transactional
    public UserSummary create(String name, String password, Role role) {
        UserAccount.requireValidName(name);
        requireAcceptable(password, "password");
        // In any case: the login throttle counts failures per name ignoring case, so 'LIB' failing would lock out 'lib'.
        if (accounts.findByNameIgnoringCase(name).isPresent()) {
            throw new NameTakenException(name);
        }
        UserAccount account = accounts.save(new UserAccount(name, hashing.hash(password), role, clock.instant()));
        LOG.info(() -> "User " + account.getName() + " created with role " + role.roleName());
        return UserSummary.of(account);
    }

    @Transactional
    public List<UserSummary> list() {
        return accounts.list(0, MAX_LISTED).stream().map(UserSummary::of).toList();
    }

    @Transactional
    public UserSummary summary(String name) {
        return UserSummary.of(existing(name));
    }

    @Transactional
    public UserSummary assignRole(String name, Role role) {
        UserAccount account = existing(name);
        if (account.isActiveAdmin() && role != Role.ADMIN) {
            requireAnotherActiveAdmin(account);
        }
        account.assignRole(role);
        LOG.info(() -> "User " + name + " now has role " + role.roleName());
        return UserSummary.of(account);
    }

    @Transactional
    public UserSummary setEnabled(String name, boolean enabled) {
        UserAccount account = existing(name);
        if (enabled) {
            account.enable();
        } else {
            if (account.isActiveAdmin()) {
                requireAnotherActiveAdmin(account);
            }
            account.disable();
        }
        LOG.info(() -> "User " + name + (enabled ? " enabled" : " disabled"));
        return UserSummary.of(account);
    }

    /** Replaces a user's password, e.g. the generated one of the first administrator. */
    @Transactional
    public UserSummary setPassword(String name, String password) {
        requireAcceptable(password, "password");
        UserAccount account = existing(name);
        account.replacePasswordHash(hashing.hash(password));
        LOG.info(() -> "Password of user " + name + " replaced");
        return UserSummary.of(account);
    }

    /** The caller for a name and password, when the account exists, is enabled and the password matches. */
    @Transactional
    public Optional<Caller> verifyPassword(String name, String password, CredentialKind kind) {
        Optional<UserAccount> account = accounts.findByName(name);
        if (account.isEmpty()) {
            hashing.spendVerificationTime(password);
            return Optional.empty();
        }
        boolean matches = hashing.matches(password, account.get().getPasswordHash());
        if (!matches || !account.get().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(Caller.withPassword(name, account.get().getRole(), kind));
    }

    /** The caller behind a portal session, as the account is now: a disabled account ends its sessions. */
    @Transactional
    public Optional<Caller> sessionCaller(String name) {
        return accounts.findByName(name)
                .filter(UserAccount::isEnabled)
                .map(account -> Caller.withPassword(account.getName(), account.getRole(), CredentialKind.SESSION));
    }

    /** Creates the first administrator of an archive without any account; false when there are accounts already. */
    @Transactional
    public boolean createFirstAdministrator(String name, String password) {
        if (accounts.count() > 0) {
            return false;
        }
        requireAcceptable(password, "dictum.admin.password");
        accounts.save(new UserAccount(name, hashing.hash(password), Role.ADMIN, clock.instant()));
        return true;
    }

    private void requireAcceptable(String password, String field) {
        if (password == null || password.length() < minPasswordLength) {
            throw new InvalidInputException(field, "A password has at least " + minPasswordLength + " characters");
        }
        if (password.length() > 1024) {
            throw new InvalidInputException(field, "A password has at most 1024 characters");
        }
    }

    private UserAccount existing(String name) {
        return accounts.findByName(name).orElseThrow(() -> new UnknownEntityException("User", name));
    }

    private void requireAnotherActiveAdmin(UserAccount account) {
        if (accounts.countActiveAdmins() <= 1) {
            throw new LastAdministratorException(account.getName());
        }
    }
}
