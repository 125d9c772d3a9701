package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractFilesTest {

    @TempDir
    Path dir;

    @Test
    void directories_are_searched_for_html_and_text_files_in_name_order() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.HTML"), "<p>a</p>");
        Files.writeString(dir.resolve("c.htm"), "<p>c</p>");
        Files.writeString(dir.resolve("notes.md"), "skip me");

        assertThat(ExtractFiles.inputs(new String[] {dir.toString()}))
                .containsExactly(dir.resolve("b.txt"), dir.resolve("c.htm"), dir.resolve("sub/a.HTML"));
    }

    @Test
    void a_missing_path_is_an_error() {
        assertThatThrownBy(() -> ExtractFiles.inputs(new String[] {dir.resolve("missing.txt").toString()}))
                .isInstanceOf(IOException.class).hasMessageContaining("missing.txt");
    }
}
