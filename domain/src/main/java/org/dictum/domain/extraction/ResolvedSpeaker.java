package org.dictum.domain.extraction;

/**
 * The actor a speaker phrase stands for in one article.
 *
 * @param actor          the actor, null when the phrase could not be resolved
 * @param viaCoreference true when the phrase ("He", "the official") was linked to an earlier speaker
 */
record ResolvedSpeaker(ActorReference actor, boolean viaCoreference) {

    static ResolvedSpeaker unresolved() {
        return new ResolvedSpeaker(null, false);
    }
}
