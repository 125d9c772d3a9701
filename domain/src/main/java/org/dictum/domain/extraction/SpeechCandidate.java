package org.dictum.domain.extraction;

import org.dictum.domain.statement.StatementKind;
import org.dictum.domain.statement.TextSpan;

/**
 * A statement found in the text, before its speaker is resolved and it is dated.
 *
 * @param kind         direct quote or reported speech
 * @param speaker      the speaker phrase, null for a quote without attribution
 * @param cue          the cue as written ("said", "according to"), null when there is none
 * @param contentStart offset of the content in the main text
 * @param contentEnd   offset after the content (half-open)
 * @param attribution  the attribution words ("a senior official said Saturday") where the date is looked for
 * @param style        the attribution pattern, which sets the base confidence
 * @param speakerSpan  where the speaker phrase is, null when there is none
 * @param cueSpan      where the cue is, null when there is none
 * @param attributionEnd offset after the attribution words (speaker, cue, date and setting words), -1 when none
 */
record SpeechCandidate(StatementKind kind, SpeakerPhrase speaker, String cue, int contentStart, int contentEnd,
                       String attribution, CueStyle style, TextSpan speakerSpan, TextSpan cueSpan, int attributionEnd) {

    boolean overlaps(SpeechCandidate other) {
        return contentStart < other.contentEnd && other.contentStart < contentEnd;
    }

    /** The same statement with its content widened to {@code [start, end)}. */
    SpeechCandidate spanning(int start, int end) {
        return new SpeechCandidate(kind, speaker, cue, start, end, attribution, style, speakerSpan, cueSpan, attributionEnd);
    }
}
