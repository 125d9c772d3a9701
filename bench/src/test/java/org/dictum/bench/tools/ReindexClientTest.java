package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReindexClientTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void the_request_body_carries_only_what_the_command_line_gives() {
        assertThat(ReindexClient.Options.parse("--token", "t").body()).isEqualTo("{}");
        assertThat(ReindexClient.Options.parse("--token", "t", "--types", "statements", "--regroup-stories").body())
                .isEqualTo("{\"types\":[\"statements\"],\"regroupStories\":true}");
        assertThat(ReindexClient.Options.parse("--token", "t", "--types", "none", "--regroup-stories").body())
                .isEqualTo("{\"types\":[],\"regroupStories\":true}");
        assertThat(ReindexClient.Options.parse("--token", "t", "--interval", "0.5").intervalMillis).isEqualTo(500);
    }

    @Test
    void bad_command_lines_are_refused() {
        assertThatThrownBy(() -> ReindexClient.Options.parse("--token", "t", "--bogus")).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> ReindexClient.Options.parse("--token")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ReindexClient.Options.parse("--token", "t", "--interval", "-1")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ReindexClient.Options.parse("--token", "t", "--follow", "--cancel")).hasMessageContaining("exclude");
    }

    @Test
    void a_running_run_shows_phase_documents_speed_and_time_to_go() {
        JsonObject status = json("""
                {"id":3,"state":"running","phase":"statements","percent":45.2,"documentsIndexed":452000,
                 "documentsTotal":1000000,"documentsPerSecond":5230.4,"etaSeconds":105,"cancelRequested":false,"targets":[]}""");

        assertThat(ProgressLine.of(status))
                .isEqualTo("reindex 3 running: statements 45.2 % · 452,000 of 1,000,000 documents · 5,230 docs/s · ETA 1 min 45 s");
    }

    @Test
    void story_grouping_and_the_end_figures_read_well() {
        assertThat(ProgressLine.of(json("""
                {"id":4,"state":"running","phase":"stories","percent":20.0,"documentsIndexed":0,"documentsTotal":0,
                 "documentsPerSecond":0,"cancelRequested":true,"stories":{"total":1000,"grouped":200}}""")))
                .isEqualTo("reindex 4 running: stories 20.0 % · 200 of 1,000 articles grouped · cancelling");
        JsonObject done = json("""
                {"id":5,"state":"succeeded","phase":"done","percent":100.0,"documentsIndexed":1200,"documentsTotal":1200,
                 "documentsPerSecond":600.0,"targets":[{"type":"statements","indexed":1200,"staleRemoved":2}],
                 "heap":{"usedBytes":536870912,"afterLastGcBytes":314572800,"maxBytes":1073741824},
                 "counts":{"articlesInDatabase":10,"articlesIndexed":10,"statementsInDatabase":1200,"statementsIndexed":1200}}""");
        assertThat(ProgressLine.figures(done)).contains("documents/s:       600.0")
                .contains("statements:      1,200 indexed, 2 stale removed")
                .contains("300 MiB live after the last GC, 512 MiB in use, 1,024 MiB max")
                .contains("statements 1,200/1,200");
        assertThat(ProgressLine.duration(3_725)).isEqualTo("1 h 02 min");
        assertThat(ProgressLine.of(json("{\"state\":\"idle\"}"))).contains("no reindex");
    }
}
