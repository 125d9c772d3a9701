package org.dictum.search.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A statement the extractor missed, as a librarian marks it: the content span in the article's main
 * text ({@code start} inclusive, {@code end} exclusive), optionally its kind ({@code REPORTED_SPEECH}
 * by default or {@code DIRECT_QUOTE}), speaker as written, speaker actor (canonical name), cue,
 * date, mentioned actors and topics (by label; the article's topics when absent); also the article
 * {@code version} read and the {@code reason}.
 */
public record NewStatement(
        Long version,
        @Size(max = 1000) String reason,
        @NotNull(message = "start is required") Integer start,
        @NotNull(message = "end is required") Integer end,
        String kind,
        @Size(max = 500) String speaker,
        @Size(max = 500) String speakerActor,
        @Size(max = 100) String cue,
        String statementDate,
        List<String> mentionedActors,
        List<String> topics) {
}
