package org.dictum.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A setting an administrator changed at run time, overriding the configured default until it is
 * removed. Invariants: a name and a value always; who changed it and when are kept with it.
 */
@Entity
@Table(name = "archive_setting")
public class ArchiveSetting {

    /** Whether anonymous visitors may read the archive: {@code true} or {@code false}. */
    public static final String PUBLIC_READ = "public-read";

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected ArchiveSetting() {
    }

    public ArchiveSetting(String name, String value, String changedBy, Instant changedAt) {
        this.name = Objects.requireNonNull(name, "name");
        change(value, changedBy, changedAt);
    }

    public final void change(String newValue, String by, Instant at) {
        this.value = Objects.requireNonNull(newValue, "value");
        this.changedBy = Objects.requireNonNull(by, "changedBy");
        this.changedAt = Objects.requireNonNull(at, "changedAt");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
