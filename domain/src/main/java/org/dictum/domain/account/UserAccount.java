package org.dictum.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dictum.domain.InvalidInputException;

/**
 * A person who logs in. Invariants: the name is 1–64 characters of letters, digits and {@code . _ @ -}
 * and unique; the password is kept only as a salted hash (never the password itself); a role is
 * always set. Whether the last administrator may be demoted or disabled is decided by the caller,
 * which sees all accounts.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String name, String passwordHash, Role role, Instant createdAt) {
        this.name = requireValidName(name);
        this.passwordHash = requireHash(passwordHash);
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.enabled = true;
    }

    /** The name as stored: user names are compared exactly. */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name",
                    "A user name is 1 to 64 unaccented letters (A-Z, a-z), digits, '.', '_', '@' or '-'");
        }
        return name;
    }

    private static String requireHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        return hash;
    }

    public void assignRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void replacePasswordHash(String newHash) {
        this.passwordHash = requireHash(newHash);
    }

    /** An enabled administrator. */
    public boolean isActiveAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "UserAccount[" + name + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
