package org.dictum.domain.topic.skos;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a concept scheme as RDF/XML, for tools that do not read Turtle (e.g. older thesaurus
 * managers). The same statements as {@link SkosTurtleWriter}; the XML writer escapes every text.
 */
public final class SkosRdfXmlWriter {

    public String write(SkosScheme scheme) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rdf", "RDF", Skos.RDF);
            xml.writeNamespace("rdf", Skos.RDF);
            xml.writeNamespace("skos", Skos.SKOS);
            xml.writeNamespace("dcterms", Skos.DCTERMS);
            xml.writeNamespace("dictum", Skos.DICTUM);
            xml.writeCharacters("\n  ");
            xml.writeStartElement(Skos.SKOS, "ConceptScheme");
            xml.writeAttribute(Skos.RDF, "about", scheme.iri());
            for (LangString title : scheme.titles()) {
                literal(xml, Skos.DCTERMS, "title", title);
            }
            for (SkosConcept concept : scheme.concepts()) {
                if (concept.broader().isEmpty()) {
                    reference(xml, "hasTopConcept", concept.iri());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (SkosConcept concept : scheme.concepts()) {
                writeConcept(xml, concept, scheme.iri());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write RDF/XML", e);
        }
        return out.append('\n').toString();
    }

    private static void writeConcept(XMLStreamWriter xml, SkosConcept concept, String schemeIri) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(Skos.SKOS, "Concept");
        xml.writeAttribute(Skos.RDF, "about", concept.iri());
        reference(xml, "inScheme", schemeIri);
        for (LangString label : concept.prefLabels()) {
            literal(xml, Skos.SKOS, "prefLabel", label);
        }
        for (LangString label : concept.altLabels()) {
            literal(xml, Skos.SKOS, "altLabel", label);
        }
        if (concept.notation() != null) {
            literal(xml, Skos.SKOS, "notation", new LangString(concept.notation(), null));
        }
        for (String broader : concept.broader()) {
            reference(xml, "broader", broader);
        }
        writeAll(xml, Skos.SKOS, "scopeNote", concept.scopeNotes());
        writeAll(xml, Skos.DICTUM, "matchTerm", concept.matchTerms());
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeAll(XMLStreamWriter xml, String namespace, String property, List<LangString> values)
            throws XMLStreamException {
        for (LangString value : values) {
            literal(xml, namespace, property, value);
        }
    }

    private static void reference(XMLStreamWriter xml, String skosProperty, String iri) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement(Skos.SKOS, skosProperty);
        xml.writeAttribute(Skos.RDF, "resource", iri);
    }

    private static void literal(XMLStreamWriter xml, String namespace, String property, LangString value)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(namespace, property);
        if (!value.language().isEmpty()) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", value.language());
        }
        xml.writeCharacters(value.text());
        xml.writeEndElement();
    }
}
