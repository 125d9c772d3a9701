package org.dictum.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.dictum.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class FieldWordsTest {

    @Test
    void a_refusal_starting_with_the_apis_field_name_names_the_field_in_words() {
        assertThat(FieldWords.inWords(new InvalidInputException("publishedAt",
                "publishedAt '2022-02-30' is not an ISO-8601 date such as 2022-01-09")))
                .isEqualTo("Publication date '2022-02-30' is not an ISO-8601 date such as 2022-01-09");
        assertThat(FieldWords.inWords(new InvalidInputException("statementDate",
                "statementDate 1500-01-01 is outside the dates the archive accepts: 1600-01-01 to 2027-12-01")))
                .isEqualTo("Statement date 1500-01-01 is outside the dates the archive accepts: 1600-01-01 to 2027-12-01");
        assertThat(FieldWords.inWords(new InvalidInputException("url", "url must be an absolute http or https address")))
                .isEqualTo("Address must be an absolute http or https address");
    }

    @Test
    void other_refusals_are_left_as_they_are() {
        assertThat(FieldWords.inWords(new InvalidInputException("speakerActor", "No actor is named Nobody")))
                .isEqualTo("No actor is named Nobody");
        assertThat(FieldWords.inWords(new InvalidInputException("end", "end must be after start (5), was 3")))
                .isEqualTo("end must be after start (5), was 3");
        assertThat(FieldWords.inWords(new InvalidInputException("publishedAt", "publishedAtX is no field")))
                .isEqualTo("publishedAtX is no field");
        assertThat(FieldWords.inWords(new InvalidInputException(null, "Give the start and end of the statement's text")))
                .isEqualTo("Give the start and end of the statement's text");
    }
}
