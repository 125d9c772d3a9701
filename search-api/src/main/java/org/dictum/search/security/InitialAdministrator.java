package org.dictum.search.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives an archive without any user account its first administrator at start-up: named by
 * {@code dictum.admin.name}, with the password {@code dictum.admin.password} (DICTUM_ADMIN_PASSWORD)
 * or, when none is configured, a generated one that is written to the server log this once. The
 * setting is read only then: changing it later changes nobody's password.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitialAdministrator {

    /** The start of the log line; {@code ./dictum run} looks for it to tell how to log in. */
    static final String ANNOUNCEMENT = "Dictum initial administrator created";
    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "dictum.admin.name", defaultValue = "admin")
    String name;

    @Inject
    @ConfigProperty(name = "dictum.admin.password")
    Optional<String> configuredPassword;

    @Inject
    AccountService accounts;

    @PostConstruct
    void createWhenNoAccountExists() {
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(TokenSecrets::newPassword);
        if (!accounts.createFirstAdministrator(name, password)) {
            return;
        }
        if (configured.isPresent()) {
            LOG.info(() -> ANNOUNCEMENT + ": user name " + name + ", password from dictum.admin.password (DICTUM_ADMIN_PASSWORD)");
        } else {
            LOG.warning(() -> ANNOUNCEMENT + ": user name " + name + ", generated password " + password
                    + " (shown only this once: keep it, or set DICTUM_ADMIN_PASSWORD before the first start)");
        }
    }
}
