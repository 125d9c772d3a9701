package org.dictum.search.oai;

import javax.xml.stream.XMLStreamException;

/** A verb's answer, computed before anything is written, and written into the envelope. */
@FunctionalInterface
interface OaiAnswer {

    void writeTo(OaiResponseWriter writer, String baseUrl) throws XMLStreamException;
}
