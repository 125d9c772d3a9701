package org.dictum.search.oai;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dictum.persistence.oai.ArticleSet;

/**
 * Writes one OAI-PMH response with StAX, UTF-8: the envelope (responseDate, the request echoed),
 * then either a verb's answer or errors. StAX escapes markup; {@link XmlText} drops characters XML
 * cannot carry.
 */
final class OaiResponseWriter implements AutoCloseable {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    OaiResponseWriter(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    /** The envelope; arguments are echoed unless the request was a badVerb or badArgument. */
    void begin(Instant responseDate, String baseUrl, OaiVerb verb, Map<String, String> arguments) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(OAI);
        xml.writeStartElement(OAI, "OAI-PMH");
        xml.writeDefaultNamespace(OAI);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
        element("responseDate", OaiDates.format(responseDate));
        xml.writeStartElement(OAI, "request");
        if (verb != null) {
            xml.writeAttribute("verb", verb.protocolName());
            for (Map.Entry<String, String> argument : arguments.entrySet()) {
                xml.writeAttribute(argument.getKey(), XmlText.of(argument.getValue()));
            }
        }
        xml.writeCharacters(XmlText.of(baseUrl));
        xml.writeEndElement();
    }

    void error(OaiError error, String message) throws XMLStreamException {
        xml.writeStartElement(OAI, "error");
        xml.writeAttribute("code", error.code());
        xml.writeCharacters(XmlText.of(message));
        xml.writeEndElement();
    }

    void identify(RepositoryDescription repository, String baseUrl) throws XMLStreamException {
        xml.writeStartElement(OAI, "Identify");
        element("repositoryName", repository.name());
        element("baseURL", baseUrl);
        element("protocolVersion", "2.0");
        element("adminEmail", repository.adminEmail());
        element("earliestDatestamp", OaiDates.format(repository.earliestDatestamp()));
        element("deletedRecord", "persistent");
        element("granularity", OaiDates.GRANULARITY);
        xml.writeEndElement();
    }

    void metadataFormats() throws XMLStreamException {
        xml.writeStartElement(OAI, "ListMetadataFormats");
        xml.writeStartElement(OAI, "metadataFormat");
        element("metadataPrefix", OaiProvider.OAI_DC);
        element("schema", OAI_DC_SCHEMA);
        element("metadataNamespace", OAI_DC);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    void sets(SetPage page) throws XMLStreamException {
        xml.writeStartElement(OAI, "ListSets");
        for (ArticleSet set : page.sets()) {
            xml.writeStartElement(OAI, "set");
            element("setSpec", set.spec());
            element("setName", set.name());
            xml.writeEndElement();
        }
        if (page.state().isPresent()) {
            resumptionToken(page.state().get());
        }
        xml.writeEndElement();
    }

    void record(OaiRecord record) throws XMLStreamException {
        xml.writeStartElement(OAI, "GetRecord");
        recordElement(record);
        xml.writeEndElement();
    }

    void records(RecordPage page, boolean withMetadata) throws XMLStreamException {
        xml.writeStartElement(OAI, withMetadata ? "ListRecords" : "ListIdentifiers");
        for (OaiRecord record : page.records()) {
            if (withMetadata) {
                recordElement(record);
            } else {
                header(record.header());
            }
        }
        if (page.state().isPresent()) {
            resumptionToken(page.state().get());
        }
        xml.writeEndElement();
    }

    private void recordElement(OaiRecord record) throws XMLStreamException {
        xml.writeStartElement(OAI, "record");
        header(record.header());
        if (record.metadata() != null) {
            xml.writeStartElement(OAI, "metadata");
            dublinCore(record.metadata());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void header(OaiHeader header) throws XMLStreamException {
        xml.writeStartElement(OAI, "header");
        if (header.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        element("identifier", header.identifier());
        element("datestamp", OaiDates.format(header.datestamp()));
        for (String spec : header.setSpecs()) {
            element("setSpec", spec);
        }
        xml.writeEndElement();
    }

    private void dublinCore(DublinCore dc) throws XMLStreamException {
        xml.setPrefix("oai_dc", OAI_DC);
        xml.setPrefix("dc", DC);
        xml.writeStartElement(OAI_DC, "dc");
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        // Declared again here: harvesters cut the metadata out of the response and read it alone.
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
        dcElements("title", dc.titles());
        dcElements("creator", dc.creators());
        dcElements("subject", dc.subjects());
        dcElements("description", dc.descriptions());
        dcElements("publisher", dc.publishers());
        dcElements("date", dc.dates());
        dcElements("type", dc.types());
        dcElements("identifier", dc.identifiers());
        dcElements("language", dc.languages());
        xml.writeEndElement();
    }

    private void dcElements(String name, List<String> values) throws XMLStreamException {
        for (String value : values) {
            xml.writeStartElement(DC, name);
            xml.writeCharacters(XmlText.of(value));
            xml.writeEndElement();
        }
    }

    private void resumptionToken(ListState state) throws XMLStreamException {
        xml.writeStartElement(OAI, "resumptionToken");
        if (state.expires() != null) {
            xml.writeAttribute("expirationDate", OaiDates.format(state.expires()));
        }
        xml.writeAttribute("completeListSize", Long.toString(state.completeListSize()));
        xml.writeAttribute("cursor", Long.toString(state.cursor()));
        xml.writeCharacters(state.token());
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(OAI, name);
        xml.writeCharacters(XmlText.of(text));
        xml.writeEndElement();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
