package org.dictum.search.network;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An XML stream writer over UTF-8 whose checked exceptions become unchecked (it escapes every text and attribute). */
final class XmlOut {

    /** A step that writes XML. */
    @FunctionalInterface
    interface Writing {
        void to(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlOut() {
    }

    static void write(OutputStream out, Writing writing) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            writing.to(xml);
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
