package org.dictum.domain.extraction;

/**
 * How a statement is attributed in the text, with the base confidence of that pattern. The scores are
 * judgement, not measurement (v0): quotes with a cue in the same sentence are the most reliable; reported
 * speech depends on where the clause ends; an uncued quote is only a guess at the previous speaker.
 */
enum CueStyle {
    /** “…,” the official said / said X: “…” */
    QUOTE_WITH_CUE(0.9),
    /** a quote sentence without a cue, given to the previous speaker */
    QUOTE_WITHOUT_CUE(0.5),
    /** X said (that) … */
    SPEAKER_FIRST(0.8),
    /** …, X said. */
    SPEAKER_AFTER_CONTENT(0.8),
    /** …, said X. */
    INVERTED(0.75),
    /** according to X, … / …, according to X. */
    ACCORDING_TO(0.75),
    /** …, saying … / …, adding that …: the speaker is the subject of the main clause */
    PARTICIPLE(0.7),
    /** X believes / thinks …: a belief attributed to X rather than words X said */
    THOUGHT(0.6),
    /** X: … — a headline or a transcript line */
    COLON(0.6),
    /** a cue and content found by the model trained on PolNeAR, beyond the rules: less certain than a lexicon cue */
    LEARNED(0.6);

    /** A speaker found by coreference ("He", "the official") is less certain than a named one. */
    static final double COREFERENCE_CEILING = 0.7;
    /** Penalty when the speaker phrase could not be resolved to an actor at all. */
    static final double UNRESOLVED_PENALTY = 0.3;

    private final double baseConfidence;

    CueStyle(double baseConfidence) {
        this.baseConfidence = baseConfidence;
    }

    double confidence(ResolvedSpeaker speaker) {
        if (speaker.actor() == null) {
            return Math.max(0, baseConfidence - UNRESOLVED_PENALTY);
        }
        return speaker.viaCoreference() ? Math.min(baseConfidence, COREFERENCE_CEILING) : baseConfidence;
    }
}
