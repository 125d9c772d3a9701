package org.dictum.search.network;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML stream writer over UTF-8 whose checked exceptions become unchecked. The writer escapes markup in
 * every text and attribute, but it writes characters XML 1.0 does not allow (control characters such as
 * U+0001 in a name, unpaired surrogates) as they are, which makes the whole file unreadable: values from
 * the archive go through {@link #legal} first.
 */
final class XmlOut {

    /** A step that writes XML. */
    @FunctionalInterface
    interface Writing {
        void to(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlOut() {
    }

    /** The value with each character XML 1.0 does not allow replaced by U+FFFD, the replacement character. */
    static String legal(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(ch).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xFFFD && !Character.isSurrogate(ch));
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(allowed ? ch : '\uFFFD');
            }
        }
        return out == null ? value : out.toString();
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
