package org.dictum.it.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dictum.it.oai.OaiDocuments.DC;
import static org.dictum.it.oai.OaiDocuments.OAI;
import static org.dictum.it.oai.OaiDocuments.elements;
import static org.dictum.it.oai.OaiDocuments.errorCode;
import static org.dictum.it.oai.OaiDocuments.texts;

import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.JdkHttpOaiClient;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The OAI-PMH provider at /oai with pages of 3 records (arquillian.xml). Each test archives five
 * articles of a source and a topic of its own, withdraws two of them, and harvests them: exact
 * counts per set and window, deleted headers, every verb and error, and a whole-archive harvest
 * by GDCC's XOAI harvester following resumption tokens.
 */
class OaiPmhIT extends ClientSideIntegrationTest {

    private static final int ARTICLES = 5;
    private static final String TEXT = "Talks will resume next week, the minister said on Saturday.";

    private HttpApi api;
    private OaiDocuments oai;
    private String tag;
    private String source;
    private String topic;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void archive() {
        api = new HttpApi(baseUrl);
        oai = new OaiDocuments(baseUrl);
        tag = UUID.randomUUID().toString().substring(0, 8);
        source = "Oai Wire " + tag;
        topic = "Oai Harvest " + tag;
        for (int i = 0; i < ARTICLES; i++) {
            JsonArrayBuilder topics = Json.createArrayBuilder();
            if (i < 2) {
                topics.add(topic);
            }
            Reply reply = api.postJson("api/articles", Json.createObjectBuilder()
                    .add("title", "Talks <b>" + i + "</b> & \"more\" " + tag).add("source", source)
                    .add("publishedAt", "2022-01-0" + (i + 1)).add("language", "en").add("url", "https://example.org/" + tag + "/" + i)
                    .add("topics", topics).add("text", TEXT + " Item " + i + " of " + tag + ".").build().toString());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            ids.add(reply.json().getJsonNumber("id").longValue());
        }
        withdraw(ids.get(1));
        withdraw(ids.get(3));
    }

    private JsonObject article(long id) {
        Reply reply = api.get("api/articles/" + id);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String etag(JsonObject article) {
        return "\"" + article.getJsonNumber("version").longValue() + "\"";
    }

    private void withdraw(long id) {
        Reply reply = api.postJson("api/articles/" + id + "/withdraw", "{\"reason\":\"OAI test\"}", "If-Match", etag(article(id)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private String sourceSet() {
        return "source:oai-wire-" + tag;
    }

    private String topicSet() {
        return "topic:oai-harvest-" + tag;
    }

    private String identifier(long id) {
        return "oai:dictum.local:article/" + id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every header of a ListIdentifiers request, following resumption tokens with our own client. */
    private List<Element> allHeaders(String query) {
        List<Element> headers = new ArrayList<>();
        Document page = oai.get("verb=ListIdentifiers&" + query);
        while (true) {
            assertThat(errorCode(page)).as("error").isEmpty();
            headers.addAll(elements(page, OAI, "header"));
            Optional<Element> token = elements(page, OAI, "resumptionToken").stream().findFirst();
            if (token.isEmpty() || token.get().getTextContent().isEmpty()) {
                return headers;
            }
            page = oai.get("verb=ListIdentifiers&resumptionToken=" + encode(token.get().getTextContent()));
        }
    }

    private static long deleted(List<Element> headers) {
        return headers.stream().filter(header -> "deleted".equals(header.getAttribute("status"))).count();
    }

    private static String datestamp(Element header) {
        return texts(header, OAI, "datestamp").get(0);
    }

    private ServiceProvider harvester() {
        return new ServiceProvider(new Context().withBaseUrl(oai.endpoint().toString())
                .withOAIClient(new JdkHttpOaiClient.JdkHttpBuilder(
                        // HTTP/1.1: the JDK client's h2c upgrade was answered with GOAWAY by Undertow mid-harvest
                        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                        .withBaseUrl(oai.endpoint().toString()).build())
                .withMetadataTransformer("oai_dc", Context.KnownTransformer.OAI_DC));
    }

    private static <T> List<T> drain(Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }

    @Test
    void an_independent_harvester_collects_the_whole_archive_and_each_set_exactly() throws Exception {
        Document first = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc");
        long completeListSize = Long.parseLong(elements(first, OAI, "resumptionToken").get(0).getAttribute("completeListSize"));

        List<Header> archive = drain(harvester().listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc")));
        assertThat(archive).hasSize((int) completeListSize).hasSizeGreaterThanOrEqualTo(ARTICLES);
        assertThat(archive.stream().map(Header::getIdentifier).distinct().count()).isEqualTo(archive.size());
        assertThat(archive).filteredOn(header -> ids.stream().map(this::identifier).toList().contains(header.getIdentifier()))
                .hasSize(ARTICLES)
                .filteredOn(Header::isDeleted).extracting(Header::getIdentifier)
                .containsExactlyInAnyOrder(identifier(ids.get(1)), identifier(ids.get(3)));

        List<Record> ofSource = drain(harvester().listRecords(ListRecordsParameters.request()
                .withMetadataPrefix("oai_dc").withSetSpec(sourceSet())));
        assertThat(ofSource).hasSize(ARTICLES);
        assertThat(ofSource).filteredOn(record -> record.getHeader().isDeleted()).hasSize(2)
                .allSatisfy(record -> assertThat(record.getMetadata()).isNull());
        assertThat(ofSource).filteredOn(record -> !record.getHeader().isDeleted()).hasSize(3)
                .allSatisfy(record -> assertThat(record.getMetadata()).isNotNull());

        List<Record> ofTopic = drain(harvester().listRecords(ListRecordsParameters.request()
                .withMetadataPrefix("oai_dc").withSetSpec(topicSet())));
        assertThat(ofTopic).extracting(record -> record.getHeader().getIdentifier())
                .containsExactlyInAnyOrder(identifier(ids.get(0)), identifier(ids.get(1)));
        assertThat(ofTopic).filteredOn(record -> record.getHeader().isDeleted()).hasSize(1);
    }

    @Test
    void selective_harvesting_by_dates_and_sets_counts_exactly_and_follows_changes() {
        List<Element> mine = allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()));
        assertThat(mine).hasSize(ARTICLES);
        assertThat(deleted(mine)).isEqualTo(2);
        assertThat(texts(mine.get(0), OAI, "setSpec")).contains(sourceSet());
        List<String> stamps = mine.stream().map(OaiPmhIT::datestamp).toList();
        assertThat(stamps).isSorted();

        String middle = stamps.get(2);
        long atOrAfter = stamps.stream().filter(stamp -> stamp.compareTo(middle) >= 0).count();
        long atOrBefore = stamps.stream().filter(stamp -> stamp.compareTo(middle) <= 0).count();
        assertThat(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + middle)).hasSize((int) atOrAfter);
        assertThat(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&until=" + middle)).hasSize((int) atOrBefore);
        assertThat(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + middle.substring(0, 10)
                + "&until=" + stamps.get(4).substring(0, 10))).hasSize(ARTICLES - (int) stamps.stream()
                .filter(stamp -> stamp.substring(0, 10).compareTo(middle.substring(0, 10)) < 0).count());
        assertThat(errorCode(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&until=2000-01-01")))
                .contains("noRecordsMatch");
        assertThat(errorCode(oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=" + encode(topicSet()) + "&from=2999-01-01")))
                .contains("noRecordsMatch");

        long restored = ids.get(3);
        Reply restore = api.postJson("api/articles/" + restored + "/restore", "{\"reason\":\"back\"}", "If-Match", etag(article(restored)));
        assertThat(restore.status()).as(restore.toString()).isEqualTo(200);
        Reply patch = api.patchMerge("api/articles/" + ids.get(0), "{\"title\":\"Renamed " + tag + "\",\"reason\":\"typo\"}",
                "If-Match", etag(article(ids.get(0))));
        assertThat(patch.status()).as(patch.toString()).isEqualTo(200);

        List<Element> after = allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()));
        assertThat(deleted(after)).isEqualTo(1);
        assertThat(after.subList(3, 5)).extracting(header -> texts(header, OAI, "identifier").get(0))
                .containsExactlyInAnyOrder(identifier(restored), identifier(ids.get(0)));
        assertThat(datestamp(after.get(4))).isGreaterThanOrEqualTo(stamps.get(4));
        Document record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier(ids.get(0))));
        assertThat(texts(record, DC, "title")).containsExactly("Renamed " + tag);
        assertThat(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + datestamp(after.get(3))))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void relabelling_a_topic_changes_the_records_about_it_for_harvesters() throws InterruptedException {
        String about = identifier(ids.get(0));
        String before = texts(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(about)), OAI, "datestamp").get(0);
        Thread.sleep(1_100);   // datestamps count seconds
        String label = topic + " renamed";
        Reply relabel = api.putJson("api/topics/" + topicId(topic) + "/label", Json.createObjectBuilder().add("label", label).build().toString());
        assertThat(relabel.status()).as(relabel.toString()).isEqualTo(200);

        Document record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(about));
        String after = texts(record, OAI, "datestamp").get(0);

        assertThat(texts(record, DC, "subject")).containsExactly(label);
        assertThat(after).as("the datestamp of a record whose subject changed").isGreaterThan(before);
        assertThat(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + after))
                .extracting(header -> texts(header, OAI, "identifier").get(0))
                .as("an incremental harvest from the relabelling").contains(about).doesNotContain(identifier(ids.get(2)));
    }

    private long topicId(String label) {
        Reply reply = api.get("api/topics");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getString("label").equals(label))
                .mapToLong(t -> t.getJsonNumber("id").longValue()).findFirst().orElseThrow(() -> new AssertionError("No topic " + label));
    }

    @Test
    void public_collections_are_sets_and_private_ones_are_not() {
        String open = "oai-" + tag;
        String closed = "oai-private-" + tag;
        collect(open, "public", ids.get(0), ids.get(2), ids.get(3));
        collect(closed, "private", ids.get(4));

        List<Element> members = allHeaders("metadataPrefix=oai_dc&set=" + encode("collection:" + open));
        assertThat(members).extracting(header -> texts(header, OAI, "identifier").get(0))
                .containsExactlyInAnyOrder(identifier(ids.get(0)), identifier(ids.get(2)), identifier(ids.get(3)));
        assertThat(deleted(members)).isEqualTo(1);
        assertThat(texts(members.get(0), OAI, "setSpec")).contains("collection:" + open);
        assertThat(errorCode(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + encode("collection:" + closed))))
                .contains("noRecordsMatch");
        Document record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier(ids.get(4))));
        assertThat(texts(record, OAI, "setSpec")).noneMatch(spec -> spec.startsWith("collection:"));

        List<String> sets = new ArrayList<>();
        Document page = oai.get("verb=ListSets");
        while (true) {
            sets.addAll(texts(page, OAI, "setSpec"));
            Optional<Element> token = elements(page, OAI, "resumptionToken").stream().findFirst();
            if (token.isEmpty() || token.get().getTextContent().isEmpty()) {
                break;
            }
            page = oai.get("verb=ListSets&resumptionToken=" + encode(token.get().getTextContent()));
        }
        assertThat(sets).contains("collection:" + open).doesNotContain("collection:" + closed);
    }

    @Test
    void joining_and_leaving_a_public_collection_changes_the_datestamp_for_incremental_harvests() {
        String slug = "oai-joined-" + tag;
        String set = encode("collection:" + slug);
        createCollection(slug, "public");
        String since = secondAfter(allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet())));
        assertThat(errorCode(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=" + set + "&from=" + since)))
                .contains("noRecordsMatch");

        changeMembers(slug, "members", ids.get(0), ids.get(2));

        List<Element> joined = allHeaders("metadataPrefix=oai_dc&set=" + set + "&from=" + since);
        assertThat(joined).as("an incremental harvest of the set after articles joined it")
                .extracting(header -> texts(header, OAI, "identifier").get(0))
                .containsExactlyInAnyOrder(identifier(ids.get(0)), identifier(ids.get(2)));
        assertThat(texts(oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=" + set + "&from=" + since), OAI, "identifier"))
                .as("ListRecords agrees").containsExactlyInAnyOrder(identifier(ids.get(0)), identifier(ids.get(2)));

        String left = secondAfter(joined);
        changeMembers(slug, "members/remove", ids.get(0));
        List<Element> changed = allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + left);
        assertThat(changed).as("an incremental harvest after an article left the set")
                .extracting(header -> texts(header, OAI, "identifier").get(0)).containsExactly(identifier(ids.get(0)));
        assertThat(texts(changed.get(0), OAI, "setSpec")).doesNotContain("collection:" + slug);

        String hidden = secondAfter(changed);
        Reply edit = api.patchMerge("api/collections/" + slug, "{\"visibility\":\"private\"}", "If-Match",
                "\"" + api.get("api/collections/" + slug).json().getJsonNumber("version").longValue() + "\"");
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
        List<Element> unpublished = allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()) + "&from=" + hidden);
        assertThat(unpublished).as("an incremental harvest after the collection became private")
                .extracting(header -> texts(header, OAI, "identifier").get(0)).containsExactly(identifier(ids.get(2)));
        assertThat(texts(unpublished.get(0), OAI, "setSpec")).noneMatch(spec -> spec.startsWith("collection:"));
    }

    /**
     * The server's first second after every datestamp of these headers (awaited on its clock): a harvest from it
     * sees only what changes afterwards, as datestamps count seconds.
     */
    private String secondAfter(List<Element> headers) {
        String latest = headers.stream().map(OaiPmhIT::datestamp).max(String::compareTo).orElseThrow();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            String now = texts(oai.get("verb=Identify"), OAI, "responseDate").get(0);
            if (now.compareTo(latest) > 0) {
                return now;
            }
            assertThat(System.nanoTime()).as("the server's clock passes " + latest).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void collect(String slug, String visibility, Long... articles) {
        createCollection(slug, visibility);
        changeMembers(slug, "members", articles);
    }

    private void createCollection(String slug, String visibility) {
        Reply created = api.postJson("api/collections", Json.createObjectBuilder().add("slug", slug).add("title", "Dossier " + slug)
                .add("visibility", visibility).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private void changeMembers(String slug, String path, Long... articles) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (Long article : articles) {
            members.add(article);
        }
        Reply changed = api.postJson("api/collections/" + slug + "/" + path, Json.createObjectBuilder().add("articles", members)
                .add("statements", Json.createArrayBuilder()).build().toString());
        assertThat(changed.status()).as(changed.toString()).isIn(200, 204);
    }

    @Test
    void every_verb_answers_as_the_protocol_says() {
        Document identify = oai.post("verb=Identify");
        assertThat(texts(identify, OAI, "repositoryName")).containsExactly("Dictum");
        assertThat(texts(identify, OAI, "baseURL")).containsExactly(oai.endpoint().toString());
        assertThat(texts(identify, OAI, "protocolVersion")).containsExactly("2.0");
        assertThat(texts(identify, OAI, "deletedRecord")).containsExactly("persistent");
        assertThat(texts(identify, OAI, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
        assertThat(texts(identify, OAI, "earliestDatestamp").get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(elements(identify, OAI, "request").get(0).getAttribute("verb")).isEqualTo("Identify");

        Document formats = oai.get("verb=ListMetadataFormats&identifier=" + encode(identifier(ids.get(1))));
        assertThat(texts(formats, OAI, "metadataPrefix")).containsExactly("oai_dc");

        List<String> sets = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        List<String> listSizes = new ArrayList<>();
        Document page = oai.get("verb=ListSets");
        while (true) {
            cursors.add(Integer.toString(sets.size()));
            sets.addAll(texts(page, OAI, "setSpec"));
            List<Element> token = elements(page, OAI, "resumptionToken");
            assertThat(token).as("the sets outnumber a page, so every answer has a token").hasSize(1);
            cursors.add(token.get(0).getAttribute("cursor"));
            listSizes.add(token.get(0).getAttribute("completeListSize"));
            if (token.get(0).getTextContent().isEmpty()) {
                break;
            }
            page = oai.get("verb=ListSets&resumptionToken=" + encode(token.get(0).getTextContent()));
        }
        assertThat(sets).contains(sourceSet(), topicSet()).doesNotHaveDuplicates();
        for (int i = 0; i < cursors.size(); i += 2) {
            assertThat(cursors.get(i + 1)).as("cursor: the sets answered before this page").isEqualTo(cursors.get(i));
        }
        assertThat(listSizes).as("completeListSize, on the last token too").containsOnly(Integer.toString(sets.size()));

        Document record = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier(ids.get(0))));
        assertThat(texts(record, DC, "title")).containsExactly("Talks <b>0</b> & \"more\" " + tag);
        assertThat(texts(record, DC, "publisher")).containsExactly(source);
        assertThat(texts(record, DC, "subject")).containsExactly(topic);
        assertThat(texts(record, DC, "date")).containsExactly("2022-01-01");
        assertThat(texts(record, DC, "language")).containsExactly("en");
        assertThat(texts(record, DC, "type")).containsExactly("Text");
        assertThat(texts(record, DC, "identifier")).containsExactly(
                baseUrl.toExternalForm().replaceAll("/$", "") + "/article.xhtml?id=" + ids.get(0), "https://example.org/" + tag + "/0");
        assertThat(texts(record, DC, "description").get(0)).startsWith("Talks will resume next week");
        assertThat(texts(record, OAI, "setSpec")).containsExactlyInAnyOrder(sourceSet(), topicSet());

        Document tombstone = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(identifier(ids.get(1))));
        assertThat(elements(tombstone, OAI, "header").get(0).getAttribute("status")).isEqualTo("deleted");
        assertThat(elements(tombstone, OAI, "metadata")).isEmpty();

        Document split = oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=" + encode(sourceSet()));
        assertThat(elements(split, OAI, "record")).hasSize(3);
        Element token = elements(split, OAI, "resumptionToken").get(0);
        assertThat(token.getAttribute("completeListSize")).isEqualTo("5");
        assertThat(token.getAttribute("cursor")).isEqualTo("0");
        assertThat(token.getAttribute("expirationDate")).isNotEmpty();
        Document rest = oai.post("verb=ListRecords&resumptionToken=" + encode(token.getTextContent()));
        assertThat(elements(rest, OAI, "record")).hasSize(2);
        Element last = elements(rest, OAI, "resumptionToken").get(0);
        assertThat(last.getTextContent()).isEmpty();
        assertThat(last.getAttribute("cursor")).isEqualTo("3");
        assertThat(last.getAttribute("completeListSize")).as("on the last, empty token too").isEqualTo("5");
    }

    @Test
    void errors_carry_their_codes_and_echo_the_request_as_the_protocol_says() {
        Document noVerb = oai.get("foo=bar");
        assertThat(errorCode(noVerb)).contains("badVerb");
        assertThat(elements(noVerb, OAI, "request").get(0).hasAttributes()).isFalse();
        assertThat(errorCode(oai.get("verb=Harvest"))).contains("badVerb");
        Document missing = oai.get("verb=GetRecord&metadataPrefix=oai_dc");
        assertThat(errorCode(missing)).contains("badArgument");
        assertThat(elements(missing, OAI, "request").get(0).hasAttributes()).isFalse();
        assertThat(errorCode(oai.get("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))).contains("badArgument");
        assertThat(errorCode(oai.get("verb=Identify&set=x"))).contains("badArgument");
        assertThat(errorCode(oai.get("verb=ListRecords&resumptionToken=bm9wZQ"))).contains("badResumptionToken");
        assertThat(errorCode(oai.get("verb=ListSets&resumptionToken=bm9wZQ"))).contains("badResumptionToken");
        Document format = oai.get("verb=ListRecords&metadataPrefix=marc21");
        assertThat(errorCode(format)).contains("cannotDisseminateFormat");
        assertThat(elements(format, OAI, "request").get(0).getAttribute("metadataPrefix")).isEqualTo("marc21");
        assertThat(errorCode(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:dictum.local:article/0"))).contains("idDoesNotExist");
        assertThat(errorCode(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode("oai:elsewhere:1")))).contains("idDoesNotExist");
        assertThat(errorCode(oai.get("verb=ListMetadataFormats&identifier=oai:dictum.local:article/0"))).contains("idDoesNotExist");
        assertThat(errorCode(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:no-such-source-" + tag))).contains("noRecordsMatch");
        assertThat(errorCode(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=collection:none"))).contains("noRecordsMatch");
    }

    @Test
    void every_verb_and_error_response_validates_against_the_official_schemas() throws Exception {
        Optional<Schema> schemas = OaiDocuments.officialSchemas();
        Assumptions.assumeTrue(schemas.isPresent(), "OAI-PMH.xsd and oai_dc.xsd are not in " + System.getProperty("dictum.it.oai-schemas")
                + ": no Maven Central artifact ships them (docs/OAI-PMH.md)");
        every_verb_answers_as_the_protocol_says();
        errors_carry_their_codes_and_echo_the_request_as_the_protocol_says();
        allHeaders("metadataPrefix=oai_dc&set=" + encode(sourceSet()));
        for (String body : oai.seen()) {
            try {
                schemas.get().newValidator().validate(new StreamSource(new StringReader(body)));
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError("Invalid response: " + e.getMessage() + "\n" + body.substring(0, Math.min(body.length(), 2000)), e);
            }
        }
        assertThat(oai.seen().size()).isGreaterThan(20);
        assertThat(String.join("", oai.seen()).toLowerCase(Locale.ROOT)).contains("<error code=\"badverb\"");
    }
}
