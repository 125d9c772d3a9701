package org.dictum.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for the Faces portal: keeps its session cookie, fills in and posts
 * Faces forms (with the view state the page carries) and follows redirects like a browser.
 */
public final class PortalClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public PortalClient(URL deploymentUrl) {
        String url = deploymentUrl.toExternalForm();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** One answer: its status, where it came from, and the page. */
    public record Page(int status, URI uri, String location, String body) {

        public Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        /** The text of the element with this id, or null when the page has none. */
        public String textOf(String id) {
            Element element = document().getElementById(id);
            return element == null ? null : element.text();
        }
    }

    /** GET without following a redirect. */
    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** GET, following redirects. */
    public Page open(String path) {
        return follow(get(path));
    }

    /** Logs in through the login form; returns the page the portal went to afterwards. */
    public Page logIn(String name, String password) {
        Page login = open("login.xhtml");
        return submit(login, "login", Map.of("login:name", name, "login:password", password), "login:submit");
    }

    public Page logOut(Page current) {
        return submit(current, "logout", Map.of(), "logout:submit");
    }

    /**
     * Posts the form with this id as the page has it (hidden fields and view state included), with
     * {@code fields} changed, as if {@code button} was clicked; follows the redirect that may come back.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String button) {
        return submit(page, formId, fields, Set.of(), button);
    }

    /**
     * The same, leaving out the fields named in {@code omitted} (a select a hand-made request does not
     * send, for instance), which a browser would have sent.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, Set<String> omitted, String button) {
        return follow(answer(page, formId, fields, omitted, button));
    }

    /**
     * Posts the form as {@link #submit} does and answers the portal's direct answer, without following a redirect:
     * to tell a Post/Redirect/Get (whose page a reload GETs again) from a page answered to the POST itself.
     */
    public Page answer(Page page, String formId, Map<String, String> fields, Set<String> omitted, String button) {
        Element form = form(page, formId);
        Map<String, String> values = valuesOf(form);
        values.putAll(fields);
        values.keySet().removeAll(omitted);
        if (button != null) {
            values.put(button, "x");
        }
        return post(URI.create(form.absUrl("action")), values);
    }

    /** GETs where a redirect points, following further redirects. */
    public Page followed(Page redirect) {
        return follow(redirect);
    }

    /**
     * Posts the form with this id as Faces' Ajax script does when the Ajax {@code button} is clicked (the ids to
     * redraw read from the button's script), and answers the partial response, the redrawn parts of the page.
     */
    public Page clickAjax(Page page, String formId, String button) {
        Element form = form(page, formId);
        String script = page.document().getElementById(button).attr("onclick");
        String render = script.replaceAll(".*'action',[^,]*,'([^']*)'.*", "$1");
        if (render.equals(script)) {
            throw new IllegalStateException("No ids to redraw in the script of " + button + ": " + script);
        }
        Map<String, String> values = valuesOf(form);
        values.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", button,
                "jakarta.faces.partial.execute", button, "jakarta.faces.partial.render", render,
                "jakarta.faces.behavior.event", "action", "jakarta.faces.partial.event", "click"));
        return send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(values)))
                .build());
    }

    private static Element form(Page page, String formId) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new IllegalStateException("No form '" + formId + "' on " + page.uri() + ": " + page.body());
        }
        return form;
    }

    /** The fields a browser sends with the form, as the page fills them in. */
    private static Map<String, String> valuesOf(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String type = input.attr("type");
            // A browser sends neither buttons nor unticked boxes; only the button that was clicked.
            if (type.equals("submit") || type.equals("button") || type.equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                values.put(input.attr("name"), selected == null ? input.select("option").first().attr("value") : selected.attr("value"));
            } else {
                values.put(input.attr("name"), input.val());
            }
        }
        return values;
    }

    /** POSTs form fields as they are given, without anything from a page: what a forged request sends. */
    public Page post(URI target, Map<String, String> values) {
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(values)))
                .build());
    }

    private static String formBody(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** POSTs a body of the given type (e.g. a multipart form with a file) with the session; follows the redirect that may come back. */
    public Page postRaw(URI target, String contentType, byte[] body) {
        return follow(answerRaw(target, contentType, body));
    }

    /** The same, answering the portal's direct answer without following a redirect (see {@link #answer}). */
    public Page answerRaw(URI target, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.location() != null && hops < 5; hops++) {
            current = send(HttpRequest.newBuilder(current.uri().resolve(current.location())).GET().build());
        }
        return current;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String location = response.statusCode() / 100 == 3 ? response.headers().firstValue("Location").orElse(null) : null;
            return new Page(response.statusCode(), request.uri(), location, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
