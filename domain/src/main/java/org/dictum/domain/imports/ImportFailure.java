package org.dictum.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.dictum.domain.Text;

/**
 * A record of an import that could not be stored, and why. Written in the transaction of its chunk,
 * so a resumed import never lists a failure twice.
 */
@Entity
@Table(name = "import_failure")
public class ImportFailure {

    public static final int MAX_LOCATOR_LENGTH = 1000;
    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_failure_seq")
    @SequenceGenerator(name = "import_failure_seq", sequenceName = "import_failure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private long importId;

    /** 1-based number of the record in its source. */
    @Column(name = "record_number", nullable = false)
    private long recordNumber;

    /** Where in the source: "line 17", "row 4", "articles/a.html", "WARC record at offset 1234 (http://…)". */
    @Column(nullable = false, length = MAX_LOCATOR_LENGTH)
    private String locator;

    @Column(nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ImportFailure() {
    }

    public ImportFailure(long importId, long recordNumber, String locator, String reason, Instant recordedAt) {
        this.importId = importId;
        this.recordNumber = recordNumber;
        this.locator = Text.truncate(Text.requireNonBlank(locator, "A record locator"), MAX_LOCATOR_LENGTH);
        this.reason = Text.truncate(Text.requireNonBlank(reason, "A failure reason"), MAX_REASON_LENGTH);
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public Long getId() {
        return id;
    }

    public long getImportId() {
        return importId;
    }

    public long getRecordNumber() {
        return recordNumber;
    }

    public String getLocator() {
        return locator;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
