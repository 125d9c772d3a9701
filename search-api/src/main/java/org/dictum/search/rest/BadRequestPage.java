package org.dictum.search.rest;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the servlet container's own 400s (web.xml): a path whose percent-encoding decodes to no UTF-8
 * ({@code /api/articles/%E0%A4}) is refused by the container before the API sees it, and an API client got the
 * portal's HTML "Bad address" page. Under {@code /api/} the answer is now problem+json, as the API's own 400s are;
 * elsewhere it stays the portal's page. A percent sign followed by no two hex digits ({@code %zz}) is refused
 * earlier still, while Undertow parses the request line: that 400 has no body at all (docs/API.md).
 */
@WebServlet(BadRequestPage.PATH)
public class BadRequestPage extends HttpServlet {

    static final String PATH = "/errors/bad-request";
    private static final String PORTAL_PAGE = "/errors/400.html";
    static final String DETAIL = "The request's address is malformed: a percent-encoded part of its path or query"
            + " decodes to no UTF-8 text. Encode each byte of a UTF-8 character as %XX.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (isApi(request.getContextPath(), (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(problem());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream(PORTAL_PAGE)) {
            if (page != null) {
                page.transferTo(response.getOutputStream());
            }
        }
    }

    /** Whether the refused request was one to the API (its raw URI under {@code <context>/api/}). */
    static boolean isApi(String contextPath, String requestUri) {
        return requestUri != null && requestUri.startsWith((contextPath == null ? "" : contextPath) + "/api/");
    }

    /** The problem+json body, as {@link ProblemMappers} words a refused request. */
    static String problem() {
        return Json.createObjectBuilder()
                .add("type", ProblemType.HTTP.type().toString())
                .add("title", "Bad Request")
                .add("status", HttpServletResponse.SC_BAD_REQUEST)
                .add("detail", DETAIL)
                .add("instance", ProblemType.newInstance().toString())
                .build().toString();
    }
}
