package org.dictum.it.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.DictumRest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ItAccounts;
import org.dictum.it.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Exports stream every hit of a search with its filters, without withdrawn articles and rejected
 * statements; networks are valid GraphML and GEXF 1.3; citations carry stable permalinks that the
 * article page anchors. Each test archives articles under a source of its own, so counts are exact.
 */
class ExportIT extends ClientSideIntegrationTest {

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private HttpApi api;
    private String source;

    @BeforeEach
    void archive() {
        api = new HttpApi(baseUrl);
        source = "Export Wire " + UUID.randomUUID();
    }

    /** Archives an article of this test's source with two extractable statements; returns its JSON. */
    private JsonObject article(String title, String date) {
        Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                .add("title", title)
                .add("source", source)
                .add("publishedAt", date)
                .add("language", "en")
                .add("text", "Talks will resume next week, the minister said on Saturday. "
                        + "Sanctions, \"tough\" ones, will follow, the ambassador said on Sunday. Ref " + UUID.randomUUID() + ".")
                .build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonArray("statements")).as(reply.body()).hasSizeGreaterThanOrEqualTo(2);
        return reply.json();
    }

    private String filter() {
        return "source=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
    }

    private long searchTotal(String records, String query) {
        Reply reply = api.get("api/search/" + records + "?size=0&" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void a_statement_export_holds_exactly_the_hits_of_the_search_as_rfc_4180_csv() throws Exception {
        JsonObject first = article(FORMULA_TITLE, "2022-01-09");
        article("Second", "2022-02-10");
        long total = searchTotal("statements", filter());

        Reply reply = api.get("api/export/statements?format=csv&" + filter());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("dictum-statements.csv"));
        assertThat(reply.header("X-Dictum-Export-Rows")).contains(String.valueOf(total));
        assertThat(reply.body()).startsWith("id,articleId,articleTitle,").contains("\r\n");
        List<CSVRecord> rows = csv(reply.body());
        assertThat(rows).hasSize((int) total).allSatisfy(r -> assertThat(r.get("source")).isEqualTo(source));
        assertThat(total).isGreaterThanOrEqualTo(4);
        long firstId = first.getJsonNumber("id").longValue();
        assertThat(rows).filteredOn(r -> r.get("articleId").equals(String.valueOf(firstId)))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("articleTitle")).isEqualTo("'" + FORMULA_TITLE);
                    assertThat(r.get("permalink")).contains("article.xhtml?id=" + firstId + "&span=" + r.get("start") + "-" + r.get("end"));
                });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("content")).contains("\"tough\""));

        Reply february = api.get("api/export/statements?format=csv&from=2022-02-01&" + filter());
        assertThat(csv(february.body())).hasSize((int) searchTotal("statements", "from=2022-02-01&" + filter()))
                .allSatisfy(r -> assertThat(r.get("articleTitle")).isEqualTo("Second"));
    }

    @Test
    void json_lines_leave_out_rejected_statements_and_the_articles_export_withdrawn_articles() {
        JsonObject kept = article("Kept", "2022-01-09");
        JsonObject withdrawn = article("Withdrawn", "2022-01-10");
        JsonObject rejected = kept.getJsonArray("statements").getJsonObject(0);
        Reply reject = api.postJson("api/statements/" + rejected.getJsonNumber("id") + "/reject", "{\"reason\":\"export test\"}",
                "If-Match", "\"" + rejected.getJsonNumber("version") + "\"");
        assertThat(reject.status()).as(reject.toString()).isEqualTo(200);
        String etag = api.get("api/articles/" + withdrawn.getJsonNumber("id")).header("ETag").orElseThrow();
        Reply withdraw = api.postJson("api/articles/" + withdrawn.getJsonNumber("id") + "/withdraw",
                "{\"reason\":\"export test\"}", "If-Match", etag);
        assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(200);

        Reply jsonl = api.get("api/export/statements?format=jsonl&" + filter());

        assertThat(jsonl.status()).as(jsonl.toString()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        List<JsonObject> lines = jsonl.body().lines().map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        assertThat(lines).hasSize(kept.getJsonArray("statements").size() - 1)
                .allSatisfy(l -> assertThat(l.getJsonNumber("articleId").longValue()).isEqualTo(kept.getJsonNumber("id").longValue()))
                .noneSatisfy(l -> assertThat(l.getJsonNumber("id").longValue()).isEqualTo(rejected.getJsonNumber("id").longValue()));
        assertThat(lines.get(0).get("mentionedActors").getValueType()).isEqualTo(jakarta.json.JsonValue.ValueType.ARRAY);

        Reply articles = api.get("api/export/articles?format=jsonl&" + filter());
        List<JsonObject> articleLines = articles.body().lines().map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        assertThat(articleLines).hasSize(1);
        assertThat(articleLines.get(0).getString("title")).isEqualTo("Kept");
        assertThat(articleLines.get(0).getJsonNumber("statementCount").longValue())
                .isEqualTo(kept.getJsonArray("statements").size() - 1);
        assertThat(articleLines.get(0).getString("mainText")).startsWith("Talks will resume");
        assertThat(articleLines.get(0).getString("contentType")).as("as GET /api/articles/{id} names it").isEqualTo("text/plain");
    }

    @Test
    void the_articles_of_a_statement_search_are_those_its_statements_belong_to() {
        JsonObject minister = article("Minister", "2022-01-09");
        Reply other = api.postJson("api/articles", Json.createObjectBuilder().add("title", "Weather").add("source", source)
                .add("publishedAt", "2022-01-11").add("language", "en")
                .add("text", "Rain is expected, the forecaster said. Umbrellas sold out in the morning and buses ran late. "
                        + "Schools stayed open. The talks were long. Ref " + UUID.randomUUID() + ".").build().toString());
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        String search = filter() + "&q=" + URLEncoder.encode("talks", StandardCharsets.UTF_8);

        Reply asArticles = api.get("api/export/articles?format=jsonl&" + search);
        Reply ofStatements = api.get("api/export/statement-articles?format=jsonl&" + search);

        assertThat(asArticles.header("X-Dictum-Export-Rows")).as("an article search matches both texts").contains("2");
        assertThat(ofStatements.status()).as(ofStatements.toString()).isEqualTo(200);
        assertThat(ofStatements.header("X-Dictum-Export-Rows")).as("only one article has a statement about talks").contains("1");
        List<JsonObject> lines = ofStatements.body().lines().map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        assertThat(lines).extracting(l -> l.getJsonNumber("id").longValue()).containsExactly(minister.getJsonNumber("id").longValue());
    }

    @Test
    void exports_need_a_researcher_and_refuse_bad_requests_with_problem_json() {
        Reply anonymous = HttpApi.anonymous(baseUrl).get("api/export/statements?" + filter());
        assertThat(anonymous.status()).isEqualTo(401);

        Reply format = api.get("api/export/statements?format=xlsx");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(format.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("format");

        Reply cursor = api.get("api/export/statements?searchAfter=zzz&" + filter());
        assertThat(cursor.status()).as("a malformed cursor answers 400 as in search, though an export ignores it").isEqualTo(400);
        assertThat(cursor.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("searchAfter");
        assertThat(api.get("api/networks/actor-topic?searchAfter=zzz&" + filter()).status()).isEqualTo(400);

        assertThat(api.get("api/export/speakers").status()).isEqualTo(404);
        Reply syntax = api.get("api/export/statements?q=" + URLEncoder.encode("(unclosed", StandardCharsets.UTF_8));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.contentType()).startsWith(DictumRest.PROBLEM_JSON);
        assertThat(api.get("api/networks/actor-topic?window=week").status()).isEqualTo(400);
        assertThat(api.get("api/networks/topic-topic").status()).isEqualTo(404);
    }

    @Test
    void networks_are_valid_graphml_and_gexf_1_3() throws Exception {
        article("Network", "2022-01-09");

        Reply graphml = api.get("api/networks/actor-topic?format=graphml&" + filter());
        assertThat(graphml.status()).as(graphml.toString()).isEqualTo(200);
        byte[] xml = graphml.body().getBytes(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(ExportIT.class.getResource("/graphml.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

        Reply gexf = api.get("api/networks/actor-actor?format=gexf&window=month&" + filter());
        assertThat(gexf.status()).as(gexf.toString()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(gexf.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("1.3");

        Reply zip = api.get("api/networks/actor-topic?format=csv&" + filter());
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
    }

    @Test
    void citations_name_the_article_and_a_statement_permalink_that_the_article_page_anchors() {
        JsonObject article = article("Talks \"resume\" & more", "2022-01-09");
        long id = article.getJsonNumber("id").longValue();
        JsonObject statement = article.getJsonArray("statements").getJsonObject(1);

        Reply ris = HttpApi.anonymous(baseUrl).get("api/articles/" + id + "/citation?format=ris");
        assertThat(ris.status()).isEqualTo(200);
        assertThat(ris.body()).startsWith("TY  - NEWS\r\n").contains("TI  - Talks \"resume\" & more\r\n")
                .contains("T2  - " + source + "\r\n").contains("DA  - 2022/01/09\r\n").endsWith("ER  - \r\n");
        Reply bibtex = api.get("api/articles/" + id + "/citation?format=bibtex");
        assertThat(bibtex.body()).startsWith("@article{dictum-article-" + id + ",").contains("title = {Talks \"resume\" \\& more}");

        Reply csl = api.get("api/statements/" + statement.getJsonNumber("id") + "/citation");
        assertThat(csl.status()).isEqualTo(200);
        JsonArray items = Json.createReader(new StringReader(csl.body())).readArray();
        JsonObject item = items.getJsonObject(0);
        assertThat(item.getString("type")).isEqualTo("article-newspaper");
        String permalink = item.getString("URL");
        assertThat(permalink).endsWith("article.xhtml?id=" + id + "&span=" + statement.getInt("start") + "-"
                + statement.getInt("end") + "#cited");
        assertThat(item.getString("note")).contains(statement.getString("content"));

        Reply page = HttpApi.anonymous(baseUrl).get(permalink.substring(permalink.indexOf("article.xhtml")).replace("#cited", ""));
        assertThat(page.status()).isEqualTo(200);
        org.jsoup.nodes.Element cited = org.jsoup.Jsoup.parse(page.body()).getElementById("cited");
        assertThat(cited).isNotNull();
        assertThat(cited.text()).isEqualTo(statement.getString("content"));
        assertThat(api.get("api/articles/" + id + "/citation?format=endnote").status()).isEqualTo(400);
    }

    @Test
    void a_citation_answers_an_accept_header_that_names_its_format() {
        JsonObject article = article("Accepted citation", "2022-01-09");
        String statement = "api/statements/" + article.getJsonArray("statements").getJsonObject(0).getJsonNumber("id");
        String cited = "api/articles/" + article.getJsonNumber("id");
        for (String record : List.of(cited, statement)) {
            Reply ris = api.get(record + "/citation?format=ris", "Accept", "application/x-research-info-systems");
            assertThat(ris.status()).as("%s: %s", record, ris).isEqualTo(200);
            assertThat(ris.contentType()).startsWith("application/x-research-info-systems");
            assertThat(ris.body()).startsWith("TY  - ");
            Reply bibtex = api.get(record + "/citation?format=bibtex", "Accept", "application/x-bibtex, text/plain;q=0.5");
            assertThat(bibtex.status()).as("%s: %s", record, bibtex).isEqualTo(200);
            assertThat(bibtex.body()).startsWith("@article{");
            Reply csl = api.get(record + "/citation", "Accept", "application/vnd.citationstyles.csl+json");
            assertThat(csl.status()).as("%s: %s", record, csl).isEqualTo(200);
            assertThat(csl.contentType()).startsWith("application/vnd.citationstyles.csl+json");
            assertThat(api.get(record + "/citation?format=ris", "Accept", "application/json").status())
                    .as("a client that sends Accept: application/json on every request").isEqualTo(200);
            Reply refused = api.get(record + "/citation", "Accept", "image/png");
            assertThat(refused.status()).isEqualTo(406);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).as("the detail names the Accept it could not satisfy").contains("image/png");
        }
    }

    @Test
    void exports_answer_the_format_their_accept_header_names_and_406_for_one_they_cannot_write() {
        article("Negotiated", "2022-01-09");
        String export = "api/export/statements?" + filter();

        Reply lines = api.get(export, "Accept", "application/x-ndjson");
        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        assertThat(lines.contentType()).startsWith("application/x-ndjson");
        assertThat(Json.createReader(new StringReader(lines.body().lines().findFirst().orElseThrow())).readObject()
                .getJsonNumber("id")).isNotNull();
        assertThat(api.get(export, "Accept", "text/csv").contentType()).startsWith("text/csv");
        assertThat(api.get(export, "Accept", "*/*").contentType()).as("CSV stays the default").startsWith("text/csv");
        assertThat(api.get(export + "&format=jsonl", "Accept", "application/json").contentType())
                .as("a client that sends Accept: application/json on every request").startsWith("application/x-ndjson");
        assertThat(api.get("api/audit", "Accept", "text/csv").contentType()).startsWith("text/csv");
        assertThat(api.get("api/networks/actor-topic?" + filter(), "Accept", "application/gexf+xml").contentType())
                .startsWith("application/gexf+xml");

        Map<String, String> unwritable = Map.of(export, "application/xml", "api/audit", "application/xml",
                "api/networks/actor-topic?" + filter(), "image/png");
        unwritable.forEach((path, accept) -> {
            Reply refused = api.get(path, "Accept", accept);
            assertThat(refused.status()).as("%s: %s", path, refused).isEqualTo(406);
            assertThat(refused.contentType()).startsWith(DictumRest.PROBLEM_JSON);
            assertThat(refused.json().getString("detail")).as("the detail names the Accept it could not satisfy").contains(accept);
        });
    }

    @Test
    void the_portal_downloads_need_a_login_and_carry_the_search() {
        article("Portal", "2022-01-09");
        Reply anonymous = HttpApi.anonymous(baseUrl).get("export/statements?format=csv&" + filter());
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).contains("login.xhtml");

        org.jsoup.nodes.Document search = org.jsoup.Jsoup.parse(HttpApi.anonymous(baseUrl).get("?" + filter()).body());
        assertThat(search.getElementById("export-login")).isNotNull();
        assertThat(search.getElementById("export-csv")).isNull();

        PortalClient researcher = new PortalClient(baseUrl);
        researcher.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());
        PortalClient.Page refused = researcher.get("export/statements?format=csv&month=%3Cb%3E");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).as("the reason as plain text, escaped by nobody")
                .startsWith("This search cannot be downloaded: ").contains("'<b>'").doesNotContain("&lt;");
    }

    @Test
    void the_search_page_s_download_links_are_clean_urls_that_carry_the_search() {
        article("Links", "2022-01-10");
        PortalClient researcher = new PortalClient(baseUrl);
        researcher.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());

        org.jsoup.nodes.Document empty = researcher.open("").document();
        assertThat(empty.getElementById("export-csv").attr("href")).endsWith("/export/statements?format=csv");
        assertThat(empty.getElementById("network-gexf").attr("href")).endsWith("/export/networks/actor-topic?format=gexf");
        assertThat(empty.select("#downloads a[href]").eachAttr("href")).as("no stray & or ? at the end")
                .isNotEmpty().noneMatch(href -> href.endsWith("&") || href.endsWith("?"));

        org.jsoup.nodes.Element csv = researcher.open("?" + filter() + "&page=1").document().getElementById("export-csv");
        assertThat(csv.attr("href")).as("the search, not its page").endsWith("/export/statements?format=csv&" + filter());
        PortalClient.Page download = researcher.get(csv.absUrl("href"));
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        assertThat(download.body()).startsWith("id,");
    }

    @Test
    void portal_downloads_refuse_malformed_paging_and_presentation_as_the_api_does() {
        PortalClient researcher = new PortalClient(baseUrl);
        researcher.logIn(ItAccounts.ADMIN, ItAccounts.adminPassword());

        for (String malformed : List.of("page=abc", "size=-1", "interval=fortnight", "searchAfter=not-a-cursor")) {
            Reply byApi = api.get("api/export/statements?format=csv&" + malformed);
            PortalClient.Page portal = researcher.get("export/statements?format=csv&" + malformed);
            PortalClient.Page network = researcher.get("export/networks/actor-topic?format=gexf&" + malformed);

            assertThat(byApi.status()).as("the API: %s", malformed).isEqualTo(400);
            assertThat(portal.status()).as("the portal: %s", malformed).isEqualTo(400);
            assertThat(portal.body()).startsWith("This search cannot be downloaded: ").contains(malformed.substring(0, malformed.indexOf('=')));
            assertThat(network.status()).as("the portal's network: %s", malformed).isEqualTo(400);
        }
    }

    @Test
    void the_article_page_counts_its_statements_as_search_and_exports_do_and_says_the_rejected_ones_besides() {
        JsonObject counted = article("Counted", "2022-01-11");
        int statements = counted.getJsonArray("statements").size();
        JsonObject rejected = counted.getJsonArray("statements").getJsonObject(0);
        Reply reject = api.postJson("api/statements/" + rejected.getJsonNumber("id") + "/reject", "{\"reason\":\"count test\"}",
                "If-Match", "\"" + rejected.getJsonNumber("version") + "\"");
        assertThat(reject.status()).as(reject.toString()).isEqualTo(200);
        JsonObject hit = api.get("api/search/articles?q=Counted&" + filter()).json().getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getJsonNumber("statementCount").intValue()).as("search counts the statements not rejected").isEqualTo(statements - 1);

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(HttpApi.anonymous(baseUrl)
                .get("article.xhtml?id=" + counted.getJsonNumber("id")).body());

        assertThat(page.selectFirst("section.statements h2").text()).isEqualTo("Statements (" + (statements - 1) + ", 1 rejected)");
        assertThat(page.select("section.statements li.status-rejected")).as("the rejected one is still listed").hasSize(1);
    }
}
