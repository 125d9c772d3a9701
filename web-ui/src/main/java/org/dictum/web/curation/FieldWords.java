package org.dictum.web.curation;

import java.util.Map;
import org.dictum.domain.InvalidInputException;

/**
 * The archive's refusals name a field as the API spells it ("publishedAt '2022-02-30' is not an ISO-8601 date"),
 * which suits a client of the API; the portal's curation forms say it as their labels do ("Publication date
 * '2022-02-30' is not ...").
 */
final class FieldWords {

    private static final Map<String, String> WORDS = Map.of(
            "publishedAt", "Publication date",
            "statementDate", "Statement date",
            "url", "Address",
            "language", "Language");

    private FieldWords() {
    }

    /** The refusal's message, with the field it starts with in words when the forms have words for it. */
    static String inWords(InvalidInputException refusal) {
        String message = refusal.getMessage();
        String field = refusal.field();
        String words = field == null ? null : WORDS.get(field);
        if (words == null || message == null || !message.startsWith(field + " ")) {
            return message;
        }
        return words + message.substring(field.length());
    }
}
