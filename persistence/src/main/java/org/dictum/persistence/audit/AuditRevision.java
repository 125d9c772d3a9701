package org.dictum.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set of audited records (an Envers revision): when, by whom, and the reason
 * when one was given. Every audited row of a transaction points at the same revision.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    public static final int MAX_USER_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Milliseconds since the epoch, set by Envers when the revision is created. */
    @RevisionTimestamp
    @Column(name = "changed_at_ms", nullable = false)
    private long changedAtMillis;

    @Column(name = "user_name", nullable = false, length = MAX_USER_LENGTH)
    private String userName;

    @Column(length = MAX_REASON_LENGTH)
    private String reason;

    /** For Envers, which creates the revision and hands it to {@link AuditRevisionListener}. */
    public AuditRevision() {
    }

    void attributeTo(Attribution attribution) {
        Objects.requireNonNull(attribution, "attribution");
        this.userName = attribution.user();
        this.reason = attribution.reason().orElse(null);
    }

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAtMillis);
    }

    public String getUserName() {
        return userName;
    }

    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }
}
