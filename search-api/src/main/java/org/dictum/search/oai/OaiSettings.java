package org.dictum.search.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The repository's description and paging, from MicroProfile Config ({@code dictum.oai.*}). */
@ApplicationScoped
public class OaiSettings {

    @Inject
    @ConfigProperty(name = "dictum.oai.repository-name", defaultValue = "Dictum")
    String repositoryName;

    @Inject
    @ConfigProperty(name = "dictum.oai.admin-email", defaultValue = "admin@dictum.local")
    String adminEmail;

    /** The domain-like name in identifiers {@code oai:<repository-identifier>:article/<id>}. */
    @Inject
    @ConfigProperty(name = "dictum.oai.repository-identifier", defaultValue = "dictum.local")
    String repositoryIdentifier;

    @Inject
    @ConfigProperty(name = "dictum.oai.page-size", defaultValue = "100")
    int pageSize;

    @Inject
    @ConfigProperty(name = "dictum.oai.token-lifetime-hours", defaultValue = "24")
    int tokenLifetimeHours;

    public String repositoryName() {
        return repositoryName;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public ArticleIdentifiers identifiers() {
        return new ArticleIdentifiers(repositoryIdentifier);
    }

    public int pageSize() {
        return Math.max(1, pageSize);
    }

    public Duration tokenLifetime() {
        return Duration.ofHours(Math.max(1, tokenLifetimeHours));
    }
}
