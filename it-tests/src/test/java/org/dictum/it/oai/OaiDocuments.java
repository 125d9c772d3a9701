package org.dictum.it.oai;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fetches OAI-PMH responses as DOM documents (GET or POST form), keeps every body it saw so that a
 * test can validate them all, and reads elements by namespace.
 */
final class OaiDocuments {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private final URI endpoint;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> seen = new ArrayList<>();

    OaiDocuments(URL baseUrl) {
        String base = baseUrl.toExternalForm();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "oai");
    }

    URI endpoint() {
        return endpoint;
    }

    Document get(String query) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?" + query)).GET().build());
    }

    Document post(String form) {
        return send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    List<String> seen() {
        return List.copyOf(seen);
    }

    private Document send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/xml")) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode() + " " + response.headers().map());
            }
            seen.add(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + request.uri(), e);
        }
    }

    static List<Element> elements(org.w3c.dom.Node parent, String namespace, String name) {
        NodeList list = parent instanceof Document document ? document.getElementsByTagNameNS(namespace, name)
                : ((Element) parent).getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    static List<String> texts(org.w3c.dom.Node parent, String namespace, String name) {
        return elements(parent, namespace, name).stream().map(Element::getTextContent).toList();
    }

    static Optional<String> errorCode(Document document) {
        return elements(document, OAI, "error").stream().map(e -> e.getAttribute("code")).findFirst();
    }

    /** The official schemas (OAI-PMH.xsd, oai_dc.xsd and what it imports) from the configured directory, if there. */
    static Optional<Schema> officialSchemas() {
        Path directory = Path.of(System.getProperty("dictum.it.oai-schemas", "../shared/data/oai-pmh-schemas"));
        Path oai = directory.resolve("OAI-PMH.xsd");
        Path dc = directory.resolve("oai_dc.xsd");
        if (!Files.isRegularFile(oai) || !Files.isRegularFile(dc)) {
            return Optional.empty();
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return Optional.of(factory.newSchema(new StreamSource[] {
                    new StreamSource(oai.toFile()), new StreamSource(dc.toFile())}));
        } catch (Exception e) {
            throw new IllegalStateException("The schemas in " + directory + " do not load", e);
        }
    }
}
