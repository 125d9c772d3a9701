package org.dictum.search.network;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (graphml.graphdrawing.org) with a typed {@code key} per attribute, as Gephi, igraph,
 * NetworkX and yEd read it: nodes carry {@code label}, edges {@code weight}; dates are ISO 8601
 * strings; an absent value has no {@code data} element.
 */
final class GraphmlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final OutputStream out;

    GraphmlWriter(OutputStream out) {
        this.out = out;
    }

    void write(Network network) {
        XmlOut.write(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(xml, "v_label", "node", "label", "string");
            keys(xml, "v_", "node", NetworkAttribute.NODE);
            key(xml, "e_weight", "edge", "weight", "double");
            keys(xml, "e_", "edge", NetworkAttribute.EDGE);
            xml.writeStartElement(NS, "graph");
            xml.writeAttribute("id", network.options().kind().parameter());
            xml.writeAttribute("edgedefault", "undirected");
            for (Network.Node node : network.nodes()) {
                xml.writeStartElement(NS, "node");
                xml.writeAttribute("id", node.id());
                data(xml, "v_label", node.label());
                values(xml, "v_", NetworkAttribute.NODE, node);
                xml.writeEndElement();
            }
            int number = 0;
            for (Network.Edge edge : network.edges()) {
                xml.writeStartElement(NS, "edge");
                xml.writeAttribute("id", "e" + number++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, "e_weight", edge.weight());
                values(xml, "e_", NetworkAttribute.EDGE, edge);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static <T> void keys(XMLStreamWriter xml, String prefix, String target, List<NetworkAttribute<T>> attributes)
            throws XMLStreamException {
        for (NetworkAttribute<T> attribute : attributes) {
            key(xml, prefix + attribute.name(), target, attribute.name(),
                    attribute.type().equals("date") ? "string" : attribute.type());
        }
    }

    private static void key(XMLStreamWriter xml, String id, String target, String name, String type)
            throws XMLStreamException {
        xml.writeEmptyElement(NS, "key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", target);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static <T> void values(XMLStreamWriter xml, String prefix, List<NetworkAttribute<T>> attributes, T element)
            throws XMLStreamException {
        for (NetworkAttribute<T> attribute : attributes) {
            data(xml, prefix + attribute.name(), attribute.value().apply(element));
        }
    }

    private static void data(XMLStreamWriter xml, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(XmlOut.legal(String.valueOf(value)));
        xml.writeEndElement();
    }
}
