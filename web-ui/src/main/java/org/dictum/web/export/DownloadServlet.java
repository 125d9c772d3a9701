package org.dictum.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dictum.domain.InvalidInputException;
import org.dictum.search.export.ArchiveExport;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.export.ExportedRecords;
import org.dictum.search.export.Permalinks;
import org.dictum.search.network.DiscourseNetworks;
import org.dictum.search.network.Network;
import org.dictum.search.network.NetworkFormat;
import org.dictum.search.network.NetworkKind;
import org.dictum.search.network.NetworkOptions;
import org.dictum.search.query.SearchRequest;
import org.dictum.search.query.syntax.QuerySyntaxException;
import org.dictum.search.rest.SearchParameters;

/**
 * The search page's "Export" and "Network" links: {@code /export/statements}, {@code /export/articles}
 * and {@code /export/networks/{kind}} with the search's parameters, the same downloads as
 * {@code /api/export} and {@code /api/networks} for a portal login (the API takes tokens only).
 * web.xml lets only researchers and above in. A bad search answers 400 with the reason as text.
 */
@WebServlet("/export/*")
public class DownloadServlet extends HttpServlet {

    private static final String NETWORKS = "/networks/";

    @Inject
    ArchiveExport export;

    @Inject
    DiscourseNetworks networks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            SearchRequest search = SearchParameters.fromQuery(request.getParameterMap(), "format", "actors", "link", "window");
            if (path.startsWith(NETWORKS)) {
                network(path.substring(NETWORKS.length()), search, request, response);
            } else {
                rows(path.substring(1), search, request, response);
            }
        } catch (InvalidInputException | QuerySyntaxException e) {
            refuse(response, e.getMessage());
        }
    }

    /**
     * A refused download answers 400 with the reason as plain text: the container's error page would show it
     * HTML-escaped twice, and a download link has no page to show a message on.
     */
    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("This search cannot be downloaded: " + reason + "\n");
    }

    private void rows(String records, SearchRequest search, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ExportedRecords what = ExportedRecords.byParameter(records).orElse(null);
        if (what == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportFormat format = ExportFormat.named(orDefault(request.getParameter("format"), "csv"))
                .orElseThrow(() -> new InvalidInputException("format", "format must be csv or jsonl"));
        long rows = export.count(what, search);
        response.setContentType(format.mediaType());
        response.setHeader("X-Dictum-Export-Rows", String.valueOf(rows));
        attachment(response, "dictum-" + what.parameter() + "." + format.extension());
        export.write(what, search, format, permalinks(request), response.getOutputStream());
    }

    private void network(String kind, SearchRequest search, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        NetworkKind drawn = NetworkKind.byParameter(kind).orElse(null);
        if (drawn == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NetworkFormat format = NetworkFormat.named(orDefault(request.getParameter("format"), "graphml"))
                .orElseThrow(() -> new InvalidInputException("format", "format must be graphml, gexf or csv"));
        Network network = networks.draw(search, NetworkOptions.parse(drawn, request.getParameter("actors"),
                request.getParameter("link"), request.getParameter("window")));
        response.setContentType(format.mediaType());
        attachment(response, "dictum-" + drawn.parameter() + "." + format.extension());
        format.write(network, response.getOutputStream());
    }

    private static Permalinks permalinks(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return new Permalinks(url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/");
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
