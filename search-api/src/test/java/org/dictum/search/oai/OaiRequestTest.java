package org.dictum.search.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OaiRequestTest {

    private static Map<String, String[]> params(String... pairs) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String[] old = map.get(pairs[i]);
            if (old == null) {
                map.put(pairs[i], new String[] {pairs[i + 1]});
            } else {
                map.put(pairs[i], new String[] {old[0], pairs[i + 1]});
            }
        }
        return map;
    }

    private static void assertError(Map<String, String[]> params, OaiError error) {
        assertThatThrownBy(() -> OaiRequest.parse(params))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void missing_unknown_or_repeated_verb_is_bad_verb() {
        assertError(params(), OaiError.BAD_VERB);
        assertError(params("verb", "ListThings"), OaiError.BAD_VERB);
        assertError(params("verb", "Identify", "verb", "Identify"), OaiError.BAD_VERB);
    }

    @Test
    void arguments_a_verb_does_not_take_or_repeats_are_bad_arguments() {
        assertError(params("verb", "Identify", "set", "topic:x"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "metadataPrefix", "oai_dc"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "GetRecord", "metadataPrefix", "oai_dc"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListIdentifiers"), OaiError.BAD_ARGUMENT);
    }

    @Test
    void resumption_token_is_exclusive() {
        assertError(params("verb", "ListRecords", "resumptionToken", "x", "metadataPrefix", "oai_dc"), OaiError.BAD_ARGUMENT);
        assertThat(OaiRequest.parse(params("verb", "ListRecords", "resumptionToken", "x")).resumptionToken()).contains("x");
        assertError(params("verb", "GetRecord", "resumptionToken", "x"), OaiError.BAD_ARGUMENT);
    }

    @Test
    void dates_must_be_utc_of_one_granularity_in_order() {
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-13-01"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-01-01T10:00:00+01:00"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-01-01", "until", "2024-01-02T00:00:00Z"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-01-03", "until", "2024-01-02"), OaiError.BAD_ARGUMENT);
        OaiRequest same = OaiRequest.parse(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2024-01-02", "until", "2024-01-02"));
        assertThat(same.from().orElseThrow().start()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(same.until().orElseThrow().end()).isEqualTo(Instant.parse("2024-01-03T00:00:00Z"));
    }

    @Test
    void until_covers_its_whole_second() {
        OaiRequest request = OaiRequest.parse(params("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2024-01-02T10:11:12Z"));
        assertThat(request.until().orElseThrow().end()).isEqualTo(Instant.parse("2024-01-02T10:11:13Z"));
    }

    @Test
    void set_and_prefix_follow_the_schema_syntax() {
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai dc"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "topic:"), OaiError.BAD_ARGUMENT);
        assertError(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "topic:a b"), OaiError.BAD_ARGUMENT);
        assertThat(OaiRequest.parse(params("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "source:the-independent")).set())
                .contains("source:the-independent");
    }

    @Test
    void datestamps_are_written_in_seconds_utc() {
        assertThat(OaiDates.format(Instant.parse("2024-01-02T10:11:12.987654Z"))).isEqualTo("2024-01-02T10:11:12Z");
    }
}
