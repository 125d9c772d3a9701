package org.dictum.bench.attribution;

/**
 * A statement the extractor found, in original-document offsets.
 *
 * @param content the content span
 * @param source  the speaker mention's span, null when the statement has none
 * @param cue     the cue's span, null when the statement has none
 */
record PredictedAttribution(CharSpan content, CharSpan source, CharSpan cue) {
}
