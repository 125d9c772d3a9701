package org.dictum.bench.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersImportFileTest {

    @TempDir
    Path dir;

    @Test
    void stories_without_text_are_left_out_and_the_limit_counts_written_records() throws Exception {
        Path reuters = dir.resolve("reuters.jsonl");
        Files.write(reuters, List.of(
                "{\"id\":1,\"title\":\"COCOA\",\"body\":\"Showers continued.\",\"date\":\"1987-02-26T15:01:01\",\"topics\":[\"cocoa\"],\"places\":[\"brazil\"]}",
                "{\"id\":2,\"title\":\" \",\"body\":\"\"}",
                "",
                "{\"id\":3,\"title\":\"U.S. TRADE DEFICIT\",\"body\":\"\"}",
                "{\"id\":4,\"title\":\"NOT WRITTEN\",\"body\":\"Beyond the limit.\"}"));
        Path out = dir.resolve("import.jsonl");

        ReutersImportFile.Conversion conversion = ReutersImportFile.convert(reuters, out, 2);

        assertThat(conversion).isEqualTo(new ReutersImportFile.Conversion(3, 2, 1));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"source\":\"Reuters\"", "\"text\":\"Showers continued.\"",
                "\"publishedAt\":\"1987-02-26T15:01:01\"", "\"topics\":[\"cocoa\"]", "\"actors\":[\"brazil\"]");
        assertThat(lines.get(1)).contains("\"text\":\"U.S. TRADE DEFICIT\"");
    }
}
