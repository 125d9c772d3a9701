package org.dictum.domain.curation;

import java.util.ArrayList;
import java.util.List;
import org.dictum.domain.extraction.ExtractedStatement;
import org.dictum.domain.statement.Statement;
import org.dictum.domain.statement.TextSpan;

/**
 * What re-running extraction on an article changes. Statements nobody touched (extracted, never
 * verified, corrected or rejected) are replaced by what the extractor finds now. Curated ones stay
 * exactly as they are, and a new finding whose span overlaps a curated statement's span is dropped:
 * it would duplicate a verified, corrected or added statement, or bring back a rejected one.
 *
 * @param removed the untouched machine statements that go
 * @param kept    the curated statements, unchanged
 * @param added   the new findings to store
 * @param dropped the new findings left out because a curated statement holds their span
 */
public record ReextractionPlan(List<Statement> removed, List<Statement> kept, List<ExtractedStatement> added,
                               List<ExtractedStatement> dropped) {

    public ReextractionPlan {
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    public static ReextractionPlan of(List<Statement> existing, List<ExtractedStatement> found) {
        List<Statement> removed = new ArrayList<>();
        List<Statement> kept = new ArrayList<>();
        for (Statement statement : existing) {
            (statement.isCurated() ? kept : removed).add(statement);
        }
        List<ExtractedStatement> added = new ArrayList<>();
        List<ExtractedStatement> dropped = new ArrayList<>();
        for (ExtractedStatement finding : found) {
            boolean taken = kept.stream().anyMatch(statement -> overlap(statement.getSpan(), finding.span()));
            (taken ? dropped : added).add(finding);
        }
        return new ReextractionPlan(removed, kept, added, dropped);
    }

    /** Half-open spans share at least one character; an empty span overlaps a span it lies strictly inside. */
    static boolean overlap(TextSpan a, TextSpan b) {
        if (a.equals(b)) {
            return true;
        }
        return a.start() < b.end() && b.start() < a.end();
    }
}
