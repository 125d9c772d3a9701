package org.dictum.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller as the container knows it (Jakarta Security): whoever an authentication mechanism
 * reported with {@code notifyContainerAboutLogin}. The server's own stand-in for nobody,
 * "anonymous", counts as no caller.
 */
@ApplicationScoped
public class ContainerCurrentUser implements CurrentUser {

    @Inject
    SecurityContext security;

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(security.getCallerPrincipal())
                .map(Principal::getName)
                .filter(name -> !name.isBlank() && !Attribution.ANONYMOUS.equals(name));
    }
}
