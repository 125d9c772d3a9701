package org.dictum.bench.tools.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dictum.bench.tools.LauncherHelp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateDatabaseTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void launcher_help_names_every_option() throws Exception {
        assertThat(LauncherHelp.paragraph("migrate-db")).contains(LauncherHelp.options(MigrateDatabase.USAGE));
    }

    @Test
    void both_databases_are_needed() {
        assertThatThrownBy(() -> MigrateDatabase.Options.parse("--from", "jdbc:h2:file:./data/db/dictum"))
                .hasMessageContaining("--from and --to are both needed");
    }

    @Test
    void copying_a_database_onto_itself_is_refused() {
        assertThatThrownBy(() -> MigrateDatabase.Options.parse("--from", "jdbc:h2:mem:a", "--to", "jdbc:h2:mem:a"))
                .hasMessageContaining("same database");
    }

    @Test
    void a_batch_size_must_be_positive() {
        assertThatThrownBy(() -> MigrateDatabase.Options.parse("--from", "jdbc:h2:mem:a", "--to", "jdbc:h2:mem:b",
                "--batch-size", "0")).hasMessageContaining("--batch-size");
    }

    @Test
    void credentials_default_to_the_portals_h2_defaults_and_can_be_given() {
        MigrateDatabase.Options options = MigrateDatabase.Options.parse("--from", "jdbc:h2:file:./data/db/dictum",
                "--to", "jdbc:postgresql://127.0.0.1:5432/dictum", "--to-user", "postgres", "--to-password", "secret");

        assertThat(options.from).isEqualTo(new Endpoint("jdbc:h2:file:./data/db/dictum", "sa", "sa"));
        assertThat(options.to).isEqualTo(new Endpoint("jdbc:postgresql://127.0.0.1:5432/dictum", "postgres", "secret"));
    }

    @Test
    void a_missing_h2_archive_is_reported_and_not_created() {
        Path missing = directory.resolve("nothing-here");

        int status = run("--from", "jdbc:h2:file:" + missing, "--to", "jdbc:h2:file:" + directory.resolve("copy"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
        assertThat(Files.exists(Path.of(missing + ".mv.db"))).isFalse();
    }

    @Test
    void a_copy_prints_each_table_with_both_counts_and_where_sequences_continue() throws Exception {
        Endpoint source = SeededArchive.create(directory);

        int status = run("--from", source.url(), "--to", "jdbc:h2:file:" + directory.resolve("copy"));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed)
                .containsPattern("statement +2 +2\\n")
                .containsPattern("audit_revision +2 +2\\n")
                .contains("sequence audit_revision_seq", "continues at 500")
                .contains("not copied, not part of the archive schema: JOB_INSTANCE")
                .contains("rebuilds the search index")
                .doesNotContain("MISMATCH");
    }

    private int run(String... args) {
        return MigrateDatabase.run(MigrateDatabase.Options.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
