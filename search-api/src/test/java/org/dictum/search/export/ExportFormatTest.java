package org.dictum.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of export formats, which search exports and the audit log both serve. */
class ExportFormatTest {

    @Test
    void formats_are_named_case_insensitively_ignoring_surrounding_blanks() {
        assertThat(ExportFormat.named(" CSV ")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.named("jsonl")).contains(ExportFormat.JSONL);
        assertThat(ExportFormat.named("JsonL")).contains(ExportFormat.JSONL);
        assertThat(ExportFormat.named("xml")).isEmpty();
        assertThat(ExportFormat.named("")).isEmpty();
        assertThat(ExportFormat.named(null)).isEmpty();
    }

    @Test
    void each_format_is_served_with_its_media_type_extension_and_parameter() {
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(ExportFormat.CSV.extension()).isEqualTo("csv");
        assertThat(ExportFormat.CSV.parameter()).isEqualTo("csv");
        assertThat(ExportFormat.JSONL.mediaType()).isEqualTo("application/x-ndjson;charset=UTF-8");
        assertThat(ExportFormat.JSONL.extension()).isEqualTo("jsonl");
        assertThat(ExportFormat.JSONL.parameter()).isEqualTo("jsonl");
    }
}
