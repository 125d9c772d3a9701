package org.dictum.bench.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ImportRunTest {

    @Test
    void rate_is_records_read_over_the_run_between_start_and_end() {
        ImportRun run = ImportRun.of(read("""
                {"id":3,"status":"completed","read":3000,"stored":2990,"skipped":6,"failed":4,
                 "startedAt":"2025-01-01T10:00:00Z","finishedAt":"2025-01-01T10:01:40Z","docsPerSecond":31.0}"""));
        assertThat(run.stored()).isEqualTo(2990);
        assertThat(run.skipped()).isEqualTo(6);
        assertThat(run.failed()).isEqualTo(4);
        assertThat(run.seconds()).isEqualTo(100.0);
        assertThat(run.docsPerSecond()).isEqualTo(30.0);
    }

    @Test
    void an_unfinished_import_has_no_rate() {
        ImportRun run = ImportRun.of(read("""
                {"id":4,"status":"running","read":10,"startedAt":"2025-01-01T10:00:00Z"}"""));
        assertThatThrownBy(run::docsPerSecond).hasMessageContaining("running");
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
