package org.dictum.search.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dictum.domain.imports.ImportFormat;
import org.dictum.search.imports.source.FieldMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

    @TempDir
    Path dir;

    private ImportFiles files() {
        ImportFiles files = new ImportFiles();
        files.settings = new ImportSettings();
        files.settings.uploadDir = dir.resolve("imports").toString();
        return files;
    }

    private static ImportPlan plan(long id, Path input) {
        return new ImportPlan(id, ImportFormat.JSONL, input, FieldMapping.identity(), 1, 1L);
    }

    @Test
    void a_completed_upload_leaves_neither_its_file_nor_its_folder() throws IOException {
        ImportFiles files = files();
        Path upload = files.newUpload("feed.jsonl");
        Files.createDirectories(upload.getParent());
        Files.writeString(upload, "{\"text\":\"Good harvest.\"}\n");
        Path other = files.newUpload("feed.jsonl");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "{\"text\":\"Bad harvest.\"}\n");

        files.release(plan(3, upload));

        assertThat(upload.getParent()).doesNotExist();
        assertThat(other).as("another import's upload of the same name").exists();
        assertThat(dir.resolve("imports")).exists();
    }

    @Test
    void a_completed_directory_import_leaves_no_listing_and_the_server_files_stay() throws IOException {
        ImportFiles files = files();
        Path serverDir = Files.createDirectories(dir.resolve("server/feeds"));
        Path page = Files.writeString(serverDir.resolve("a.html"), "<p>Good harvest.</p>");
        Path listing = files.settings.listingOf(4);
        Files.createDirectories(listing.getParent());
        Files.writeString(listing, "a.html");
        Path feed = Files.writeString(dir.resolve("server/feed.jsonl"), "{\"text\":\"Good harvest.\"}\n");

        files.release(plan(4, serverDir));
        files.release(plan(5, feed));

        assertThat(listing).doesNotExist();
        assertThat(page).exists();
        assertThat(feed).exists();
    }

    @Test
    void a_server_file_inside_the_import_directory_is_no_upload_and_stays() throws IOException {
        ImportFiles files = files();
        Path feed = Files.createDirectories(dir.resolve("imports/2024")).resolve("feed.jsonl");
        Files.writeString(feed, "{\"text\":\"Good harvest.\"}\n");

        files.release(plan(6, feed));

        assertThat(feed).exists();
    }
}
