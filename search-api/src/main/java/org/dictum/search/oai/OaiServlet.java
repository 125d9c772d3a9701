package org.dictum.search.oai;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The OAI-PMH 2.0 base URL, {@code /oai}: GET with a query or POST with a form
 * ({@code application/x-www-form-urlencoded}), as section 3.1.1 of the protocol allows. Protocol
 * errors answer 200 with {@code error} elements; the response is always {@code text/xml}, UTF-8. In a
 * private archive a harvester without a token is refused in plain HTTP ({@link HarvestingAccess}).
 */
@WebServlet(urlPatterns = "/oai")
public class OaiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OaiProvider provider;

    @Inject
    transient HarvestingAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(request, response);
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.admit(request, response)) {
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Instant responseDate = Instant.now();
        String baseUrl = request.getRequestURL().toString();
        String portalUrl = baseUrl.substring(0, baseUrl.length() - request.getServletPath().length());
        OaiRequest parsed = null;
        OaiAnswer answer;
        try {
            parsed = OaiRequest.parse(request.getParameterMap());
            answer = answer(parsed, portalUrl);
        } catch (OaiException e) {
            answer = (writer, base) -> writer.error(e.error(), e.getMessage());
            if (e.error().hidesArguments()) {
                parsed = null;
            }
        }
        response.setContentType("text/xml;charset=UTF-8");
        try (OaiResponseWriter writer = new OaiResponseWriter(response.getOutputStream())) {
            writer.begin(responseDate, baseUrl, parsed == null ? null : parsed.verb(),
                    parsed == null ? Map.of() : parsed.arguments());
            answer.writeTo(writer, baseUrl);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the OAI-PMH response", e);
        }
    }

    private OaiAnswer answer(OaiRequest request, String portalUrl) {
        return switch (request.verb()) {
            case IDENTIFY -> {
                RepositoryDescription repository = provider.identify();
                yield (writer, baseUrl) -> writer.identify(repository, baseUrl);
            }
            case LIST_METADATA_FORMATS -> {
                provider.checkMetadataFormatsOf(request.identifier());
                yield (writer, baseUrl) -> writer.metadataFormats();
            }
            case LIST_SETS -> {
                SetPage page = provider.listSets(request);
                yield (writer, baseUrl) -> writer.sets(page);
            }
            case GET_RECORD -> {
                OaiRecord record = provider.getRecord(request.identifier().orElseThrow(), request.metadataPrefix().orElseThrow(), portalUrl);
                yield (writer, baseUrl) -> writer.record(record);
            }
            case LIST_IDENTIFIERS -> {
                RecordPage page = provider.list(request, false, portalUrl);
                yield (writer, baseUrl) -> writer.records(page, false);
            }
            case LIST_RECORDS -> {
                RecordPage page = provider.list(request, true, portalUrl);
                yield (writer, baseUrl) -> writer.records(page, true);
            }
        };
    }
}
