package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates all statements of an article. A statement whose attribution names no date takes the date of the
 * nearest statement by the same speaker that does: the most recent earlier one, else the first later one
 * (a standfirst "A senior official says ..." summarises the call dated further down). Otherwise the
 * publication date stands in and the date is marked inferred.
 */
final class StatementDating {

    /** @param speakerKey identifies the speaker within the article (canonical name), null if unknown */
    record Dated(String speakerKey, LocalDate explicitDate) {
    }

    /** @param inferred true when the publication date stands in because the text names no date for this speaker */
    record StatementDate(LocalDate date, boolean inferred) {
    }

    static List<StatementDate> assign(List<Dated> statements, LocalDate publicationDate) {
        // one pass each way, remembering each speaker's last explicit date: linear in the number of statements
        LocalDate[] earlier = new LocalDate[statements.size()];
        Map<String, LocalDate> lastBySpeaker = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Dated statement = statements.get(i);
            if (statement.speakerKey() != null) {
                earlier[i] = lastBySpeaker.get(statement.speakerKey());
                if (statement.explicitDate() != null) {
                    lastBySpeaker.put(statement.speakerKey(), statement.explicitDate());
                }
            }
        }
        LocalDate[] later = new LocalDate[statements.size()];
        Map<String, LocalDate> nextBySpeaker = new HashMap<>();
        for (int i = statements.size() - 1; i >= 0; i--) {
            Dated statement = statements.get(i);
            if (statement.speakerKey() != null) {
                later[i] = nextBySpeaker.get(statement.speakerKey());
                if (statement.explicitDate() != null) {
                    nextBySpeaker.put(statement.speakerKey(), statement.explicitDate());
                }
            }
        }
        List<StatementDate> dates = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            LocalDate date = statements.get(i).explicitDate();
            if (date == null) {
                date = earlier[i] != null ? earlier[i] : later[i];
            }
            dates.add(date != null ? new StatementDate(date, false) : new StatementDate(publicationDate, true));
        }
        return dates;
    }
}
