package org.dictum.domain.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The stored MinHash signature of one article's main text and its band keys, by which copies of it
 * are looked up. Derived data: it never changes once written (the main text never does) and is
 * not audited.
 */
@Entity
@Table(name = "story_fingerprint")
public class StoryFingerprint {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    /** {@link MinHashSignature#toBytes()} in Base64: portable across databases. */
    @Column(nullable = false, length = 700)
    private String signature;

    @Column(name = "distinct_shingles", nullable = false)
    private int distinctShingles;

    @ElementCollection
    @CollectionTable(name = "story_band", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "band_key", nullable = false)
    private Set<Long> bandKeys = new LinkedHashSet<>();

    protected StoryFingerprint() {
    }

    public StoryFingerprint(long articleId, MinHashSignature signature) {
        Objects.requireNonNull(signature, "signature");
        this.articleId = articleId;
        this.signature = Base64.getEncoder().encodeToString(signature.toBytes());
        this.distinctShingles = signature.distinctShingles();
        for (long key : signature.bandKeys()) {
            bandKeys.add(key);
        }
    }

    public long getArticleId() {
        return articleId;
    }

    public MinHashSignature signature() {
        return decode(signature, distinctShingles);
    }

    /** The signature from its stored columns, for lookups that read columns rather than entities. */
    public static MinHashSignature decode(String signature, int distinctShingles) {
        return MinHashSignature.fromBytes(Base64.getDecoder().decode(signature), distinctShingles);
    }
}
