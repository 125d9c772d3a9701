package org.dictum.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Optional;
import org.dictum.domain.Text;

/** A publisher. Invariant: the name is non-blank and unique. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 20)
    private Long id;

    @Column(nullable = false, unique = true, length = 300)
    private String name;

    /** Web domain such as {@code independent.co.uk}, when known. */
    @Column(length = 253)
    private String domain;

    @Version
    private long version;

    protected Source() {
    }

    public Source(String name, String domain) {
        this.name = Text.requireNonBlank(name, "A source name");
        this.domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDomain() {
        return Optional.ofNullable(domain);
    }

    @Override
    public String toString() {
        return "Source[" + name + "]";
    }
}
