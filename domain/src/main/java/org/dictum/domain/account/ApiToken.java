package org.dictum.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.Text;

/**
 * A credential for API clients, held by one user. Invariants: only the SHA-256 hash of the secret
 * is stored (the secret is shown once, when the token is made); at least one scope; once revoked,
 * a token stays revoked. A token never grants more than its owner's current role.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 20)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    /** Scope names separated by spaces, as in OAuth: {@code "read write"}. */
    @Column(nullable = false, length = 40)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(UserAccount owner, String label, String secretHash, Set<TokenScope> scopes, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.label = Text.requireNonBlank(label, "A token label");
        if (this.label.length() > 100) {
            throw new InvalidInputException("name", "A token name has at most 100 characters");
        }
        if (secretHash == null || !secretHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token is stored as the hex SHA-256 of its secret");
        }
        this.secretHash = secretHash;
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "A token needs at least one scope: read, write");
        }
        this.scopes = scopes.stream().sorted().map(TokenScope::scopeName).collect(Collectors.joining(" "));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(when, "when");
        }
    }

    /** Usable: not revoked, and its owner may still log in. */
    public boolean isUsable() {
        return revokedAt == null && owner.isEnabled();
    }

    public boolean permits(TokenScope scope) {
        return getScopes().contains(scope);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
    }

    public String getLabel() {
        return label;
    }

    public Set<TokenScope> getScopes() {
        Set<TokenScope> set = EnumSet.noneOf(TokenScope.class);
        Arrays.stream(scopes.split(" ")).map(TokenScope::byName).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
