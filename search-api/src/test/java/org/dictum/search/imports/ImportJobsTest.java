package org.dictum.search.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.transaction.RollbackException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.dictum.domain.InvalidInputException;
import org.dictum.domain.imports.ImportFormat;
import org.dictum.domain.imports.ImportJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportJobsTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "/", "feeds/..", "C:\\feeds\\..", "a\u0000.jsonl"})
    void an_upload_whose_name_names_no_file_is_refused_before_anything_is_kept(String fileName) {
        ImportJobs jobs = new ImportJobs();
        jobs.settings = new ImportSettings();
        jobs.settings.uploadDir = "/nonexistent/dictum-imports";

        assertThatThrownBy(() -> jobs.upload("librarian", fileName,
                new ByteArrayInputStream("{}\n".getBytes(StandardCharsets.UTF_8)), "jsonl", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The file name '")
                .hasMessageContaining("cannot be kept")
                .hasMessageNotContaining("\u0000")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("file");
    }

    @Test
    void an_upload_name_loses_the_folders_a_client_sent_with_it() {
        assertThat(ImportJobs.uploadName("../x.jsonl")).isEqualTo("x.jsonl");
        assertThat(ImportJobs.uploadName("C:\\feeds\\2024 feed.csv")).isEqualTo("2024 feed.csv");
        assertThat(ImportJobs.uploadName(" ")).isEqualTo("upload");
        assertThat(Path.of("/tmp/x").resolve(ImportJobs.uploadName("../../etc/passwd.jsonl")))
                .isEqualTo(Path.of("/tmp/x/passwd.jsonl"));
    }

    @Test
    void an_upload_that_breaks_off_leaves_nothing_behind(@TempDir Path importDir) {
        ImportJobs jobs = uploadingInto(importDir);
        java.io.InputStream breaksOff = new java.io.SequenceInputStream(
                new ByteArrayInputStream("{\"text\":\"Good harvest.\"}\n".repeat(1000).getBytes(StandardCharsets.UTF_8)),
                new java.io.InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.IOException("the client went away");
                    }
                });

        assertThatThrownBy(() -> jobs.upload("librarian", "feed.jsonl", breaksOff, null, null))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThatThrownBy(() -> jobs.upload("librarian", "empty.jsonl", new ByteArrayInputStream(new byte[0]), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is empty");

        assertThat(importDir.toFile().list()).isEmpty();
    }

    @Test
    void an_upload_the_import_records_cannot_record_is_deleted_and_the_failure_passed_on(@TempDir Path importDir) {
        ImportJobs jobs = uploadingInto(importDir);
        jobs.clock = Clock.systemUTC();
        // What the transaction interceptor throws when the insert fails at commit: checked, though create declares none.
        RollbackException notCommitted = new RollbackException("ARJUNA016053: Could not commit transaction.");
        jobs.ledger = new ImportLedger() {
            @Override
            public long create(ImportJob job) {
                throw ImportJobsTest.<RuntimeException>sneaky(notCommitted);
            }
        };

        assertThatThrownBy(() -> jobs.upload("librarian", "feed.jsonl",
                new ByteArrayInputStream("{\"text\":\"Good harvest.\"}\n".getBytes(StandardCharsets.UTF_8)), null, null))
                .isSameAs(notCommitted);

        assertThat(importDir.toFile().list()).as("neither the upload nor its folder is left").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }

    @Test
    void a_server_file_whose_path_is_longer_than_an_import_keeps_is_refused_as_invalid_input(@TempDir Path serverDir)
            throws java.io.IOException {
        ImportJobs jobs = new ImportJobs();
        jobs.settings = new ImportSettings();
        jobs.settings.serverDir = Optional.of(serverDir.toString());
        Path deep = serverDir;
        for (int level = 0; level < 5; level++) {
            deep = deep.resolve(("level" + level).repeat(40));
        }
        Path feed = java.nio.file.Files.createDirectories(deep).resolve("feed.jsonl");
        java.nio.file.Files.writeString(feed, "{\"text\":\"Good harvest.\"}\n");
        String path = serverDir.relativize(feed).toString();

        assertThatThrownBy(() -> jobs.serverFile("admin", path, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The file's path on the server is " + feed.toString().length() + " characters long, more than the"
                        + " 1000 an import keeps: move or link it to a shorter path below the import directory")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("path");
    }

    @Test
    void a_server_path_holding_a_nul_character_is_refused_as_invalid_input(@TempDir Path serverDir) {
        ImportJobs jobs = new ImportJobs();
        jobs.settings = new ImportSettings();
        jobs.settings.serverDir = Optional.of(serverDir.toString());

        assertThatThrownBy(() -> jobs.serverFile("admin", "feeds/a\u0000.jsonl", null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("path is not a file path")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("path");
    }

    @Test
    void an_upload_name_longer_than_a_file_system_keeps_is_shortened_keeping_its_extension() {
        String greek = ImportJobs.uploadName("C:\\feeds\\" + "αβγ".repeat(60) + ".jsonl");
        assertThat(greek.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
        assertThat(greek).startsWith("αβγαβγ").endsWith("~.jsonl").doesNotContain("\uFFFD");
        assertThat(ImportFormat.guessFrom(greek)).contains(ImportFormat.JSONL);

        String emoji = ImportJobs.uploadName("\uD83D\uDCF0".repeat(70) + ".warc.gz");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(4 * 61 + "~.warc.gz".length());
        assertThat(emoji).endsWith("\uD83D\uDCF0~.warc.gz");
        assertThat(ImportFormat.guessFrom(emoji)).contains(ImportFormat.WARC);

        assertThat(ImportJobs.uploadName("x".repeat(300))).isEqualTo("x".repeat(254) + "~");
        String fits = "é".repeat(124) + ".jsonl";
        assertThat(ImportJobs.uploadName(fits)).as("254 bytes are kept as they are").isEqualTo(fits);
    }

    /** Import jobs that keep uploads in {@code importDir}, with nothing else wired. */
    private static ImportJobs uploadingInto(Path importDir) {
        ImportJobs jobs = new ImportJobs();
        jobs.settings = new ImportSettings();
        jobs.settings.uploadDir = importDir.toString();
        jobs.files = new ImportFiles();
        jobs.files.settings = jobs.settings;
        return jobs;
    }
}
