package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportFilesTest {

    @Test
    void the_progress_line_shows_counts_rate_and_time_left() {
        String line = ImportFiles.progressLine(Json.createObjectBuilder().add("id", 3).add("source", "upload reuters.jsonl")
                .add("status", "running").add("read", 4200).add("total", 21578).add("fraction", 0.1946)
                .add("stored", 4100).add("skipped", 50).add("failed", 50).add("docsPerSecond", 85.3).add("etaSeconds", 204).build());

        assertThat(line).isEqualTo("import 3 upload reuters.jsonl: running 4200/21578 (19%) stored 4100 skipped 50 failed 50,"
                + " 85.3 docs/s, ETA 3 min 24 s");
    }

    @Test
    void an_import_not_yet_counted_shows_what_is_known() {
        String line = ImportFiles.progressLine(Json.createObjectBuilder().add("id", 4).add("source", "upload a.warc")
                .add("status", "queued").add("read", 0).add("stored", 0).add("skipped", 0).add("failed", 0).build());

        assertThat(line).isEqualTo("import 4 upload a.warc: queued 0 stored 0 skipped 0 failed 0");
    }

    @Test
    void options_take_files_format_mapping_url_and_token() {
        ImportFiles.Options options = ImportFiles.Options.parse(new String[] {"a.csv", "--format", "csv", "--mapping", "text=body",
                "--url", "http://127.0.0.1:8180"}, "http://localhost:8080/", "secret");

        assertThat(options.files()).containsExactly(Path.of("a.csv"));
        assertThat(options.format()).isEqualTo("csv");
        assertThat(options.mapping()).isEqualTo("text=body");
        assertThat(options.url()).isEqualTo(URI.create("http://127.0.0.1:8180/"));
        assertThat(options.token()).isEqualTo("secret");
        assertThatThrownBy(() -> ImportFiles.Options.parse(new String[] {"a.csv"}, "http://localhost:8080/", null))
                .hasMessageContaining("API token");
        assertThatThrownBy(() -> ImportFiles.Options.parse(new String[] {}, "http://localhost:8080/", "t"))
                .hasMessageContaining("--restart ID");
    }
}
