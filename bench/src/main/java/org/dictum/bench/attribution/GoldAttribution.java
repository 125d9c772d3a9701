package org.dictum.bench.attribution;

import java.util.List;

/**
 * One annotated attribution. Brat spans may be discontinuous ("X," he said, "Y"), so each part is a list.
 *
 * @param source  the source mention's spans, empty for PolNeAR's Attribution-no-source
 * @param cue     the cue's spans
 * @param content the content's spans
 */
record GoldAttribution(List<CharSpan> source, List<CharSpan> cue, List<CharSpan> content) {

    GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    boolean hasSource() {
        return !source.isEmpty();
    }
}
