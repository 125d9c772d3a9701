package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dictum.search.export.ExportFormat;
import org.junit.jupiter.api.Test;

class PreferredTypeTest {

    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.CSV, ExportFormat.JSONL);

    @Test
    void the_first_acceptable_type_picks_the_format_whatever_the_charset() {
        assertThat(PreferredType.among(List.of(new MediaType("application", "x-ndjson")), FORMATS, ExportFormat::mediaType))
                .contains(ExportFormat.JSONL);
        assertThat(PreferredType.among(List.of(new MediaType("text", "csv"), new MediaType("application", "x-ndjson")),
                FORMATS, ExportFormat::mediaType)).contains(ExportFormat.CSV);
    }

    @Test
    void a_wildcard_picks_the_first_choice_and_a_type_of_none_picks_nothing() {
        assertThat(PreferredType.among(List.of(MediaType.WILDCARD_TYPE), FORMATS, ExportFormat::mediaType)).contains(ExportFormat.CSV);
        assertThat(PreferredType.among(List.of(new MediaType("application", "*")), FORMATS, ExportFormat::mediaType))
                .contains(ExportFormat.JSONL);
        assertThat(PreferredType.among(List.of(new MediaType("application", "xml")), FORMATS, ExportFormat::mediaType)).isEmpty();
        assertThat(PreferredType.among(List.of(), List.of("text/turtle"), Function.identity())).isEmpty();
    }

    @Test
    void a_type_given_q_0_is_not_acceptable_even_under_a_wildcard() {
        MediaType noCsv = new MediaType("text", "csv", Map.of("q", "0"));
        assertThat(PreferredType.among(List.of(MediaType.WILDCARD_TYPE, noCsv), FORMATS, ExportFormat::mediaType))
                .contains(ExportFormat.JSONL);
        assertThat(PreferredType.among(List.of(noCsv), FORMATS, ExportFormat::mediaType)).isEmpty();
        assertThat(PreferredType.acceptsAny(List.of(new MediaType("application", "json", Map.of("q", "0"))), List.of("application/json"))).isFalse();
        assertThat(PreferredType.acceptsAny(List.of(new MediaType("application", "*", Map.of("q", "0.5")), new MediaType("*", "*", Map.of("q", "0"))),
                List.of("application/json"))).isTrue();
        assertThat(PreferredType.acceptsAny(List.of(new MediaType("application", "*"), new MediaType("application", "json", Map.of("q", "0.0"))),
                List.of("application/json"))).as("the most specific range decides").isFalse();
    }
}
