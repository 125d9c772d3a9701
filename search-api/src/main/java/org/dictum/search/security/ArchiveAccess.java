package org.dictum.search.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether anonymous visitors may read the archive ({@code dictum.security.public-read}, true by default). */
@ApplicationScoped
public class ArchiveAccess {

    @Inject
    @ConfigProperty(name = "dictum.security.public-read", defaultValue = "true")
    boolean publicRead;

    public boolean anonymousMayRead() {
        return publicRead;
    }
}
