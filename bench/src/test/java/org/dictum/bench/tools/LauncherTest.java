package org.dictum.bench.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.dictum.bench.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dictum} launcher's client commands: a copy of the script in a checkout of its own whose
 * tools are built (empty class and library directories) runs a {@code java} that only reports what it
 * was started with, so nothing is built, started or contacted.
 */
class LauncherTest {

    @TempDir
    Path checkout;

    /** Runs {@code ./dictum ARGS} with DICTUM_PORT set, no DICTUM_URL, and prints what the tool's JVM got. */
    private String launch(String port, String... args) throws IOException, InterruptedException {
        Path launcher = checkout.resolve("dictum");
        Files.copy(LauncherHelp.root().resolve("dictum"), launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(checkout.resolve("bench/target/classes"));
        Files.createDirectories(checkout.resolve("bench/target/lib"));
        Path bin = Files.createDirectories(checkout.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"DICTUM_URL=$DICTUM_URL\"\necho \"main=$4\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DICTUM_"));
        env.put("DICTUM_PORT", port);
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void help_names_every_option_of_import_and_reindex_and_every_evaluation() throws Exception {
        assertThat(LauncherHelp.paragraph("import")).contains(LauncherHelp.options(ImportFiles.USAGE_LINE));
        assertThat(LauncherHelp.paragraph("reindex")).contains(LauncherHelp.options(ReindexClient.USAGE));
        String eval = LauncherHelp.paragraph("eval");
        ServiceLoader.load(Evaluation.class).forEach(evaluation -> assertThat(eval).contains(evaluation.name()));
    }

    @Test
    void reindex_talks_to_the_portal_on_DICTUM_PORT_as_import_does() throws Exception {
        assertThat(launch("8123", "reindex", "--follow", "--token", "t"))
                .contains("main=org.dictum.bench.tools.ReindexClient").contains("DICTUM_URL=http://localhost:8123/");
        assertThat(launch("8124", "import", "a.jsonl", "--token", "t"))
                .contains("main=org.dictum.bench.tools.ImportFiles").contains("DICTUM_URL=http://localhost:8124/");
    }
}
