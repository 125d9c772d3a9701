package org.dictum.domain.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        List<StatementDate> dates = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Dated statement = statements.get(i);
            LocalDate date = statement.explicitDate();
            if (date == null && statement.speakerKey() != null) {
                date = nearestBySameSpeaker(statements, i);
            }
            dates.add(date != null ? new StatementDate(date, false) : new StatementDate(publicationDate, true));
        }
        return dates;
    }

    private static LocalDate nearestBySameSpeaker(List<Dated> statements, int index) {
        String speaker = statements.get(index).speakerKey();
        for (int i = index - 1; i >= 0; i--) {
            if (Objects.equals(speaker, statements.get(i).speakerKey()) && statements.get(i).explicitDate() != null) {
                return statements.get(i).explicitDate();
            }
        }
        for (int i = index + 1; i < statements.size(); i++) {
            if (Objects.equals(speaker, statements.get(i).speakerKey()) && statements.get(i).explicitDate() != null) {
                return statements.get(i).explicitDate();
            }
        }
        return null;
    }
}
