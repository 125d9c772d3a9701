package org.dictum.domain.story;

/**
 * When two texts are copies of one story: their shingle sets overlap by at least
 * {@code minJaccard} (light edits: a changed headline, a dropped paragraph, a different byline),
 * or the shorter one is almost wholly contained in the longer one ({@code minContainment}: a
 * trimmed wire story). Texts with fewer than {@code minShingles} distinct shingles (a few lines)
 * are never grouped: short texts share too little to tell a copy from a common phrase.
 */
public record SameStoryRule(double minJaccard, double minContainment, int minShingles) {

    /** Jaccard 0.5, containment 0.8, 20 shingles (about two sentences). */
    public static final SameStoryRule DEFAULT = new SameStoryRule(0.5, 0.8, 20);

    public SameStoryRule {
        if (minJaccard <= 0 || minJaccard > 1 || minContainment <= 0 || minContainment > 1) {
            throw new IllegalArgumentException("Thresholds lie in (0, 1]: jaccard " + minJaccard
                    + ", containment " + minContainment);
        }
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be at least 1, not " + minShingles);
        }
    }

    public boolean groups(MinHashSignature signature) {
        return signature.distinctShingles() >= minShingles;
    }

    public boolean sameStory(MinHashSignature one, MinHashSignature other) {
        return groups(one) && groups(other)
                && (one.jaccard(other) >= minJaccard || one.containment(other) >= minContainment);
    }
}
