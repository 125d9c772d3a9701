package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.network.NetworkFormat;
import org.junit.jupiter.api.Test;

class ExportFormatChoiceTest {

    private static final List<MediaType> ANY = List.of(MediaType.WILDCARD_TYPE);
    private static final List<MediaType> JSON_LINES = List.of(new MediaType("application", "x-ndjson"));

    @Test
    void a_blank_format_counts_as_absent_as_blank_search_parameters_do() {
        assertThat(ExportResource.formatChosen("", ANY, ExportFormat.CSV)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportResource.formatChosen(" ", JSON_LINES, ExportFormat.CSV)).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportResource.formatChosen("", ANY, ExportFormat.JSONL)).as("the audit log's default").isEqualTo(ExportFormat.JSONL);
        assertThat(NetworkResource.formatChosen("", ANY)).isEqualTo(NetworkFormat.GRAPHML);
    }

    @Test
    void a_named_format_wins_over_accept_and_an_unknown_one_is_refused() {
        assertThat(ExportResource.formatChosen("jsonl", List.of(new MediaType("text", "csv")), ExportFormat.CSV)).isEqualTo(ExportFormat.JSONL);
        assertThat(NetworkResource.formatChosen("gexf", ANY)).isEqualTo(NetworkFormat.GEXF);
        assertThatThrownBy(() -> ExportResource.formatChosen("xlsx", ANY, ExportFormat.CSV)).isInstanceOf(InvalidInputException.class)
                .hasMessage("format must be csv or jsonl");
        assertThatThrownBy(() -> NetworkResource.formatChosen("svg", ANY)).hasMessage("format must be graphml, gexf or csv");
    }
}
