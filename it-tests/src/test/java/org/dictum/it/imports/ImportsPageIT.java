package org.dictum.it.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.ImportClient;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.dictum.it.support.PortalClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The portal's Imports page: librarians only; imports listed with their counts and a progress bar,
 * every user-supplied string (file name, failure locator and reason) shown as text; the failure list
 * of a selected import; and an upload through the page's form.
 */
class ImportsPageIT extends ClientSideIntegrationTest {

    private static final String MARKUP = "x<img src=x onerror=alert(1)>";

    @Test
    void the_imports_page_needs_a_librarian() {
        assertThat(new PortalClient(baseUrl).get("curation/imports.xhtml").location()).contains("login.xhtml");
        String researcher = ItAccounts.createUser(new HttpApi(baseUrl), "imports-researcher", "researcher");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(researcher, ItAccounts.PASSWORD);

        assertThat(browser.get("curation/imports.xhtml").status()).isEqualTo(403);
    }

    @Test
    void imports_are_listed_with_counts_and_their_failures_shown_as_text() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ImportClient imports = new ImportClient(new HttpApi(baseUrl));
        long id = imports.start(MARKUP + ".jsonl", ("{\"text\":\"Pages list imports, the tester said. " + run + "\"}\n"
                + "{\"title\":\"" + MARKUP + "\"}\n").getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(id, Duration.ofMinutes(1));
        PortalClient browser = librarian();

        Page page = browser.open("curation/imports.xhtml");

        Element row = page.document().selectFirst("tr[data-import=" + id + "]");
        assertThat(row).as(page.body()).isNotNull();
        assertThat(row.text()).contains("upload " + MARKUP + ".jsonl").contains("completed");
        assertThat(row.selectFirst(".import-stored").text()).isEqualTo("1");
        assertThat(row.selectFirst(".import-failed").text()).isEqualTo("1");
        assertThat(row.selectFirst("progress").attr("value")).isEqualTo("100");
        assertThat(page.document().select(".imports-table thead th").eachText()).as("counts of records, not of failed imports")
                .containsSubsequence("Import status", "Records read", "Records stored", "Records skipped", "Records failed")
                .doesNotContain("Failed", "Status", "");
        assertThat(page.body()).doesNotContain("<img src=x");

        Element show = row.selectFirst("input[id$=show-failures]");
        assertThat(show.val()).isEqualTo("Failed records");
        assertThat(show.attr("aria-label")).isEqualTo("Show the failed records of import " + id);
        Page failures = browser.submit(page, show.closest("form").id(), java.util.Map.of(), show.attr("name"));

        assertThat(failures.document().select(".import-failures tbody tr").text())
                .contains("line 2").contains("Either text or html must be given");
    }

    @Test
    void a_row_button_acts_on_the_import_shown_in_its_row_when_a_refresh_listed_a_new_import_meanwhile() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ImportClient imports = new ImportClient(new HttpApi(baseUrl));
        long shown = imports.start("shown-" + run + ".jsonl", "{\"title\":\"no text\"}\n".getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(shown, Duration.ofMinutes(1));
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");
        Element row = page.document().selectFirst("tr[data-import=" + shown + "]");
        Element failures = row.selectFirst("input[id$=show-failures]");
        long meanwhile = imports.start("meanwhile-" + run + ".jsonl", "{\"title\":\"no text\"}\n".getBytes(StandardCharsets.UTF_8),
                null, null);
        imports.awaitEnd(meanwhile, Duration.ofMinutes(1));
        // The page's periodic refresh reads the list again (newest first); the librarian clicks before its answer shows.
        Page refreshed = browser.clickAjax(page, "jobs", "jobs:refresh");
        assertThat(refreshed.body()).as("the refresh's partial answer lists the new import")
                .contains("<partial-response").contains("data-import=\"" + meanwhile + "\"");

        Page shownFailures = browser.submit(page, failures.closest("form").id(), java.util.Map.of(), failures.attr("name"));

        assertThat(shownFailures.document().select("#failures h2").text()).startsWith("Failed records of import " + shown + " ");
    }

    @Test
    void a_row_form_that_names_no_import_is_refused_as_expired_rather_than_acting_on_the_import_now_in_its_row() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ImportClient imports = new ImportClient(new HttpApi(baseUrl));
        long shown = imports.start("unnamed-" + run + ".jsonl", "{\"title\":\"no text\"}\n".getBytes(StandardCharsets.UTF_8), null, null);
        imports.awaitEnd(shown, Duration.ofMinutes(1));
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");
        Element failures = page.document().selectFirst("tr[data-import=" + shown + "]").selectFirst("input[id$=show-failures]");

        Page refused = browser.submit(page, failures.closest("form").id(), java.util.Map.of(), java.util.Set.of("import"), failures.attr("name"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("h1").text()).isEqualTo("Form expired");
    }

    @Test
    void a_librarian_uploads_a_file_through_the_page() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");

        Page after = uploadThroughForm(browser, page, "page-" + run + ".jsonl",
                "{\"text\":\"Uploads work from the page, the tester said. " + run + "\"}\n");

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.document().select("#messages").text()).contains("Started import").contains("page-" + run + ".jsonl");
        long id = Long.parseLong(after.document().select("#messages").text().replaceAll("(?s).*Started import (\\d+).*", "$1"));
        assertThat(new ImportClient(new HttpApi(baseUrl)).awaitEnd(id, Duration.ofMinutes(1)).getJsonNumber("stored").longValue())
                .isEqualTo(1);
    }

    @Test
    void a_started_upload_is_answered_with_a_redirect_so_that_reloading_the_page_does_not_upload_the_file_again() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");
        Element form = page.document().getElementById("upload");
        String boundary = "page-" + UUID.randomUUID();

        Page answer = browser.answerRaw(page.uri().resolve(form.attr("action")), "multipart/form-data; boundary=" + boundary,
                uploadBody(form, boundary, "reload-" + run + ".jsonl", "{\"text\":\"Reloads post nothing, she said. " + run + "\"}\n",
                        "", ""));

        assertThat(answer.status()).as(answer.body()).isIn(302, 303);
        assertThat(answer.location()).endsWith("/curation/imports.xhtml");
        Page shown = browser.open(answer.location());
        assertThat(shown.document().select("#messages").text()).contains("Started import").contains("reload-" + run + ".jsonl");
    }

    @Test
    void an_upload_posted_without_multipart_is_a_client_error_not_a_server_failure() {
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");

        Page answer = browser.submit(page, "upload", java.util.Map.of("upload:format", "jsonl", "upload:mapping", ""),
                "upload:submit");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.document().select("h1").text()).isEqualTo("Form not understood");
        assertThat(answer.body()).contains("multipart/form-data");
    }

    private PortalClient librarian() {
        String name = ItAccounts.createUser(new HttpApi(baseUrl), "imports-librarian", "librarian");
        PortalClient browser = new PortalClient(baseUrl);
        browser.logIn(name, ItAccounts.PASSWORD);
        return browser;
    }

    @Test
    void a_missing_or_empty_file_an_unknown_format_and_a_bad_mapping_are_refused_next_to_their_fields() throws Exception {
        PortalClient browser = librarian();
        Page page = browser.open("curation/imports.xhtml");

        Page noFile = uploadThroughForm(browser, page, "", "", "", "");
        Page noFormat = uploadThroughForm(browser, noFile, "notes.txt", "{}\n", "", "");
        Page badMapping = uploadThroughForm(browser, noFormat, "rows.csv", "body\nText\n", "csv", "bogus");

        assertRefusedNextTo(noFile, "upload:file", "Choose a file to import.");
        Page empty = uploadThroughForm(browser, badMapping, "empty.jsonl", "");
        assertRefusedNextTo(empty, "upload:file", "empty.jsonl is empty: there is nothing to import");
        assertRefusedNextTo(uploadThroughForm(browser, empty, "..", "{}\n", "jsonl", ""), "upload:file",
                "The file name '..' cannot be kept (it names a folder, not a file)");
        assertRefusedNextTo(noFormat, "upload:format", "format is required");
        assertRefusedNextTo(badMapping, "upload:mapping", "mapping is a list of field=column pairs");
        assertThat(badMapping.document().getElementById("upload:mapping").val()).as("what was typed stays").isEqualTo("bogus");
    }

    private static void assertRefusedNextTo(Page page, String field, String message) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf(field + "-message")).as(field).startsWith(message);
        assertThat(page.document().getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
        assertThat(page.document().getElementById(field).attr("aria-describedby")).as(field).isEqualTo(field + "-message");
        assertThat(page.textOf("messages")).as("the refusal only once, next to " + field).isNullOrEmpty();
    }

    private static Page uploadThroughForm(PortalClient browser, Page page, String fileName, String content) throws Exception {
        return uploadThroughForm(browser, page, fileName, content, "", "");
    }

    /** Posts the upload form as multipart/form-data, as a browser does (hidden fields and view state included). */
    private static Page uploadThroughForm(PortalClient browser, Page page, String fileName, String content, String format,
                                          String mapping) throws Exception {
        Element form = page.document().getElementById("upload");
        String boundary = "page-" + UUID.randomUUID();
        return browser.postRaw(page.uri().resolve(form.attr("action")), "multipart/form-data; boundary=" + boundary,
                uploadBody(form, boundary, fileName, content, format, mapping));
    }

    /** The upload form's multipart body, as a browser sends it (hidden fields and view state included). */
    private static byte[] uploadBody(Element form, String boundary, String fileName, String content, String format,
                                     String mapping) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Element hidden : form.select("input[type=hidden]")) {
            field(body, boundary, hidden.attr("name"), hidden.val());
        }
        field(body, boundary, "upload:format", format);
        field(body, boundary, "upload:mapping", mapping);
        field(body, boundary, "upload:submit", "Import");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
