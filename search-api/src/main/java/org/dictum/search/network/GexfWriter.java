package org.dictum.search.network;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.3 (gexf.net) for Gephi. Without windows a static graph, one edge per pair with its weight.
 * With windows a dynamic graph ({@code timeformat="date"}): one edge per pair whose {@code spells}
 * are the windows it occurs in and whose dynamic attributes {@code weight} and {@code statements}
 * hold each window's value ({@code start}/{@code end}, both inclusive); its static weight is the sum.
 */
final class GexfWriter {

    static final String NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final OutputStream out;

    GexfWriter(OutputStream out) {
        this.out = out;
    }

    void write(Network network) {
        boolean dynamic = network.options().window() != null;
        XmlOut.write(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement(NS, "meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            text(xml, "creator", "Dictum");
            text(xml, "description", "Discourse network (" + network.options().kind().parameter() + ") of a Dictum search");
            xml.writeEndElement();
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", dynamic ? "dynamic" : "static");
            if (dynamic) {
                xml.writeAttribute("timeformat", "date");
            }
            declare(xml, "node", "static", NetworkAttribute.NODE.stream().map(a -> new String[] {a.name(), type(a)}).toList());
            List<String[]> edgeAttributes = new ArrayList<>(NetworkAttribute.EDGE.stream()
                    .filter(a -> !dynamic || !List.of("window", "start", "end", "statements").contains(a.name()))
                    .map(a -> new String[] {a.name(), type(a)}).toList());
            declare(xml, "edge", "static", edgeAttributes);
            if (dynamic) {
                declare(xml, "edge", "dynamic", List.of(new String[] {"weight", "double"}, new String[] {"statements", "long"}));
            }
            xml.writeStartElement(NS, "nodes");
            for (Network.Node node : network.nodes()) {
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", node.id());
                xml.writeAttribute("label", XmlOut.legal(node.label()));
                xml.writeStartElement(NS, "attvalues");
                for (NetworkAttribute<Network.Node> attribute : NetworkAttribute.NODE) {
                    value(xml, attribute.name(), attribute.value().apply(node), null);
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(NS, "edges");
            int number = 0;
            for (List<Network.Edge> pair : byPair(network.edges())) {
                edge(xml, "e" + number++, pair, dynamic);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void edge(XMLStreamWriter xml, String id, List<Network.Edge> windows, boolean dynamic)
            throws XMLStreamException {
        Network.Edge first = windows.get(0);
        xml.writeStartElement(NS, "edge");
        xml.writeAttribute("id", id);
        xml.writeAttribute("source", first.source());
        xml.writeAttribute("target", first.target());
        xml.writeAttribute("weight", String.valueOf((double) windows.stream().mapToLong(Network.Edge::weight).sum()));
        xml.writeStartElement(NS, "attvalues");
        if (!dynamic) {
            for (NetworkAttribute<Network.Edge> attribute : NetworkAttribute.EDGE) {
                value(xml, attribute.name(), attribute.value().apply(first), null);
            }
        } else {
            LocalDate earliest = windows.stream().map(Network.Edge::first).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
            LocalDate latest = windows.stream().map(Network.Edge::last).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
            value(xml, "first", earliest, null);
            value(xml, "last", latest, null);
            for (Network.Edge window : windows) {
                value(xml, "weight", (double) window.weight(), window);
                value(xml, "statements", window.statements(), window);
            }
        }
        xml.writeEndElement();
        if (dynamic) {
            xml.writeStartElement(NS, "spells");
            for (Network.Edge window : windows) {
                xml.writeEmptyElement(NS, "spell");
                xml.writeAttribute("start", window.start().toString());
                xml.writeAttribute("end", window.end().toString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Edges of the same pair together (windows in order), pairs in the order they first appear. */
    private static List<List<Network.Edge>> byPair(List<Network.Edge> edges) {
        Map<String, List<Network.Edge>> pairs = new LinkedHashMap<>();
        for (Network.Edge edge : edges) {
            pairs.computeIfAbsent(edge.source() + "\u0000" + edge.target(), k -> new ArrayList<>()).add(edge);
        }
        return new ArrayList<>(pairs.values());
    }

    private static String type(NetworkAttribute<?> attribute) {
        return attribute.type().equals("date") ? "string" : attribute.type();
    }

    private static void declare(XMLStreamWriter xml, String target, String mode, List<String[]> attributes)
            throws XMLStreamException {
        xml.writeStartElement(NS, "attributes");
        xml.writeAttribute("class", target);
        xml.writeAttribute("mode", mode);
        for (String[] attribute : attributes) {
            xml.writeEmptyElement(NS, "attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String attribute, Object value, Network.Edge window)
            throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeEmptyElement(NS, "attvalue");
        xml.writeAttribute("for", attribute);
        xml.writeAttribute("value", XmlOut.legal(String.valueOf(value)));
        if (window != null) {
            xml.writeAttribute("start", window.start().toString());
            xml.writeAttribute("end", window.end().toString());
        }
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(NS, element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
