package org.dictum.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.dictum.it.ClientSideIntegrationTest;
import org.dictum.it.support.HttpApi;
import org.dictum.it.support.HttpApi.Reply;
import org.dictum.it.support.ImportClient;
import org.dictum.search.rest.BodyOptional;
import org.dictum.search.rest.DictumApi;
import org.dictum.search.rest.Requires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployed OpenAPI document ({@code /openapi}) against the JAX-RS resources the WAR contains,
 * found by reflection over the REST API's classes (every class with {@code @Path}, none listed by
 * hand): each resource method is documented with a summary, its parameters, a success answer with
 * its schema, its request body's schema (required unless the method is {@link BodyOptional}), and the
 * problem+json errors it can give.
 */
class OpenApiDocumentIT extends ClientSideIntegrationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> UNDESCRIBED_HEADERS = Set.of("accept", "content-type", "authorization");

    private JsonObject document;

    @BeforeEach
    void readDocument() {
        HttpApi.Reply reply = HttpApi.anonymous(baseUrl).get("openapi?format=JSON");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        document = reply.json();
    }

    @Test
    void every_resource_method_is_documented_with_summary_parameters_schemas_and_problem_answers() {
        List<ResourceMethod> methods = resourceMethods();
        assertThat(methods).as("resource methods found by reflection").hasSizeGreaterThan(50);
        JsonObject paths = document.getJsonObject("paths");
        SoftAssertions softly = new SoftAssertions();
        for (ResourceMethod method : methods) {
            String where = method.verb() + " " + method.path();
            JsonObject item = paths.getJsonObject(method.path());
            softly.assertThat(item).as("%s is in /openapi", where).isNotNull();
            JsonObject operation = item == null ? null : item.getJsonObject(method.verb().toLowerCase(Locale.ROOT));
            softly.assertThat(operation).as("%s is in /openapi", where).isNotNull();
            if (operation != null) {
                checkOperation(softly, where, method, operation);
            }
        }
        softly.assertAll();
    }

    @Test
    void the_document_lists_nothing_but_the_deployed_resource_methods() {
        Set<String> reflected = resourceMethods().stream().map(m -> m.verb() + " " + m.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key))
                .forEach(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(documented).isEqualTo(reflected);
    }

    @Test
    void every_write_that_reads_no_body_may_be_sent_without_one() {
        List<String> refusing = resourceMethods().stream()
                .filter(m -> Set.of("POST", "PUT", "PATCH").contains(m.verb()) && !m.hasBody() && !m.bodyOptional())
                .map(m -> m.verb() + " " + m.path()).toList();
        assertThat(refusing).as("writes that read no body but are not @BodyOptional, so a request without one answers 400")
                .isEmpty();
    }

    @Test
    void problem_schema_security_schemes_and_examples_of_the_main_endpoints_are_there() {
        JsonObject components = document.getJsonObject("components");
        assertThat(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "instance", "violations");
        assertThat(components.getJsonObject("securitySchemes").keySet()).contains("bearerToken", "basicAuth");
        assertThat(components.getJsonObject("schemas").keySet())
                .as("no two bodies share a schema name, which the generator then numbers (Merge, Merge1) in scanning order")
                .noneMatch(name -> name.matches(".*\\D\\d+"));
        JsonObject search = document.getJsonObject("paths").getJsonObject("/api/search/statements").getJsonObject("get");
        JsonObject q = search.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("q")).findFirst().orElseThrow();
        assertThat(q.getString("description")).isNotBlank();
        assertThat(q.containsKey("example") || q.getJsonObject("schema").containsKey("examples")
                || q.getJsonObject("schema").containsKey("example")).as(q.toString()).isTrue();
        JsonObject save = document.getJsonObject("paths").getJsonObject("/api/saved-searches").getJsonObject("post");
        assertThat(save.getJsonObject("responses").keySet()).contains("201", "400", "401", "403", "500");
        for (String history : List.of("/api/articles/{id}/history", "/api/statements/{id}/history", "/api/actors/{id}/history",
                "/api/topics/{id}/history", "/api/collections/{slug}/history")) {
            JsonObject page = document.getJsonObject("paths").getJsonObject(history).getJsonObject("get")
                    .getJsonObject("responses").getJsonObject("200");
            assertThat(page.getJsonObject("headers").keySet()).as(history).contains("X-Total-Count", "Link");
        }
        for (String list : List.of("/api/search/statements", "/api/search/articles", "/api/actors", "/api/imports",
                "/api/imports/{id}/failures", "/api/collections/{slug}/members", "/api/saved/{publicId}/results",
                "/api/search/statements/facets/{facet}")) {
            JsonObject page = document.getJsonObject("paths").getJsonObject(list).getJsonObject("get")
                    .getJsonObject("responses").getJsonObject("200");
            assertThat(page.getJsonObject("headers")).as("%s documents its Link header: %s", list, page).isNotNull();
            assertThat(page.getJsonObject("headers").keySet()).as(list).contains("Link");
        }
    }

    @Test
    void the_answers_the_api_gives_are_documented_for_their_operation() {
        HttpApi api = new HttpApi(baseUrl);
        ImportClient imports = new ImportClient(api);
        Reply started = imports.upload("probe.jsonl", ("{\"title\":\"Probe\",\"text\":\"Talks resume, the minister said of "
                + UUID.randomUUID() + ".\"}\n").getBytes(StandardCharsets.UTF_8), null, null);
        long id = started.json().getJsonNumber("id").longValue();
        imports.awaitEnd(id, Duration.ofSeconds(60));
        Reply collection = api.postJson("api/collections", "{\"title\":\"OpenAPI probe " + UUID.randomUUID() + "\"}");
        String slug = collection.json().getString("slug");
        Reply topic = api.postJson("api/topics", "{\"label\":\"OpenAPI probe " + UUID.randomUUID() + "\"}");
        String topicPath = "api/topics/" + topic.json().getJsonNumber("id");
        Reply article = api.postJson("api/articles", "{\"text\":\"Probes continue, the tester said of " + UUID.randomUUID() + ".\"}");
        List<Probe> probes = List.of(
                new Probe("post", "/api/collections", 201, collection),
                new Probe("post", "/api/topics", 201, topic),
                new Probe("put", "/api/topics/{id}/label", 200, api.putJson(topicPath + "/label",
                        "{\"label\":\"OpenAPI probed " + UUID.randomUUID() + "\",\"version\":0}")),
                new Probe("post", "/api/collections/{slug}/members", 200, api.postJson("api/collections/" + slug + "/members",
                        "{\"articles\":[" + article.json().getJsonNumber("id") + "]}")),
                new Probe("post", "/api/imports", 202, started),
                new Probe("post", "/api/imports/{id}/stop", 409, api.postEmpty("api/imports/" + id + "/stop")),
                new Probe("post", "/api/imports/{id}/restart", 409, api.postEmpty("api/imports/" + id + "/restart")),
                new Probe("get", "/api/actors", 406, api.get("api/actors", "Accept", "image/png")),
                new Probe("get", "/api/actors", 406, api.get("api/actors", "Accept", "application/json;q=0, text/html")),
                new Probe("post", "/api/topics", 415, api.post("api/topics", "text/plain", "Probe")),
                new Probe("patch", "/api/collections/{slug}", 428, api.patchMerge("api/collections/" + slug, "{\"title\":\"Probed\"}")));

        SoftAssertions softly = new SoftAssertions();
        for (Probe probe : probes) {
            String where = probe.verb().toUpperCase(Locale.ROOT) + " " + probe.path();
            softly.assertThat(probe.reply().status()).as("%s: %s", where, probe.reply()).isEqualTo(probe.expected());
            JsonObject responses = document.getJsonObject("paths").getJsonObject(probe.path()).getJsonObject(probe.verb())
                    .getJsonObject("responses");
            softly.assertThat(responses.keySet()).as("%s answered %s: the document lists it", where, probe.expected())
                    .contains(Integer.toString(probe.expected()));
            JsonObject documented = responses.getJsonObject(Integer.toString(probe.expected()));
            if (probe.reply().header("ETag").isPresent() && documented != null) {
                JsonObject headers = documented.getJsonObject("headers");
                softly.assertThat(headers == null ? Set.of() : headers.keySet()).as("%s answered an ETag: the document declares it", where)
                        .contains("ETag");
            }
        }
        JsonObject accepted = document.getJsonObject("paths").getJsonObject("/api/imports").getJsonObject("post")
                .getJsonObject("responses").getJsonObject("202");
        if (accepted != null) {
            softly.assertThat(accepted.getJsonObject("headers").keySet()).as("202 names its Location").contains("Location");
        }
        softly.assertAll();
    }

    /** A request sent, the operation it reached and the status it should answer. */
    private record Probe(String verb, String path, int expected, Reply reply) {
    }

    private void checkOperation(SoftAssertions softly, String where, ResourceMethod method, JsonObject operation) {
        softly.assertThat(operation.getString("summary", "")).as("%s summary", where).isNotBlank();
        List<JsonObject> parameters = operation.containsKey("parameters")
                ? operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject).toList() : List.of();
        for (String expected : method.parameters()) {
            JsonObject found = parameters.stream().filter(p -> (p.getString("in") + ":" + p.getString("name")).equalsIgnoreCase(expected))
                    .findFirst().orElse(null);
            softly.assertThat(found).as("%s documents parameter %s", where, expected).isNotNull();
            if (found != null) {
                softly.assertThat(found.containsKey("schema")).as("%s parameter %s has a schema", where, expected).isTrue();
            }
        }
        if (method.hasBody()) {
            JsonObject body = operation.getJsonObject("requestBody");
            softly.assertThat(body).as("%s documents its request body", where).isNotNull();
            if (body != null) {
                softly.assertThat(body.getBoolean("required", false)).as("%s request body required (the method is%s @BodyOptional)",
                        where, method.bodyOptional() ? "" : " not").isEqualTo(!method.bodyOptional());
                body.getJsonObject("content").forEach((media, content) -> softly.assertThat(content.asJsonObject().containsKey("schema"))
                        .as("%s request body %s has a schema", where, media).isTrue());
            }
        }
        JsonObject responses = operation.getJsonObject("responses");
        List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2") || code.startsWith("3")).toList();
        softly.assertThat(successes).as("%s documents a success answer", where).isNotEmpty();
        for (String code : successes) {
            if (code.equals("201") || code.equals("202")) {
                JsonObject headers = responses.getJsonObject(code).getJsonObject("headers");
                softly.assertThat(headers == null ? Set.of() : headers.keySet()).as("%s answer %s documents its Location", where, code)
                        .contains("Location");
            }
            JsonObject content = responses.getJsonObject(code).getJsonObject("content");
            if (content != null) {
                content.forEach((media, type) -> softly.assertThat(type.asJsonObject().getJsonObject("schema"))
                        .as("%s answer %s (%s) has a schema that says something", where, code, media).isNotNull().isNotEmpty());
            } else {
                softly.assertThat(code).as("%s: only 204 and redirects answer without content", where).matches("204|3\\d\\d");
            }
        }
        List<String> errors = new ArrayList<>(List.of("401", "500"));
        if (!method.parameters().isEmpty() || method.hasBody()) {
            errors.add("400");
        }
        if (method.path().contains("{")) {
            errors.add("404");
        }
        if (method.requiresLogin()) {
            errors.add("403");
        }
        boolean write = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method.verb());
        if (write || method.hasBody()) {
            // RequestBodyGuard refuses a body over the limit, or one without a Content-Type, on every write.
            errors.addAll(List.of("413", "415"));
        }
        if (write) {
            List<String> headers = operation.containsKey("parameters") ? operation.getJsonArray("parameters").stream()
                    .map(JsonValue::asJsonObject).filter(p -> p.getString("in").equals("header")).map(p -> p.getString("name")).toList()
                    : List.of();
            softly.assertThat(headers).as("%s documents the X-Dictum-Reason it reads", where).contains("X-Dictum-Reason");
        }
        for (String code : errors) {
            JsonObject error = responses.getJsonObject(code);
            softly.assertThat(error).as("%s documents %s", where, code).isNotNull();
            if (error != null) {
                JsonObject problem = error.getJsonObject("content") == null ? null : error.getJsonObject("content").getJsonObject(PROBLEM);
                softly.assertThat(problem).as("%s %s is problem+json", where, code).isNotNull();
                if (problem != null) {
                    softly.assertThat(problem.getJsonObject("schema").getString("$ref", "")).as("%s %s schema", where, code)
                            .endsWith("/Problem");
                }
            }
        }
    }

    /**
     * One JAX-RS resource method: HTTP verb, full path template, the parameters it binds ("query:q"), whether it reads a
     * body and whether that body may be left out ({@link BodyOptional}).
     */
    record ResourceMethod(String verb, String path, List<String> parameters, boolean hasBody, boolean bodyOptional,
                          boolean requiresLogin) {
    }

    private static List<ResourceMethod> resourceMethods() {
        String root = DictumApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        List<ResourceMethod> methods = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = join(root, classPath.value(), methodPath == null ? "" : methodPath.value());
                List<String> parameters = new ArrayList<>();
                boolean body = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(BeanParam.class)) {
                        parameters.addAll(beanParameters(parameter.getType()));
                    } else if (parameter.isAnnotationPresent(PathParam.class) || parameter.isAnnotationPresent(QueryParam.class)
                            || parameter.isAnnotationPresent(HeaderParam.class)) {
                        java.util.Optional.ofNullable(bound(parameter.getAnnotations())).ifPresent(parameters::add);
                    } else if (!parameter.isAnnotationPresent(Context.class)) {
                        body = true;
                    }
                }
                methods.add(new ResourceMethod(verb, path, parameters, body, method.isAnnotationPresent(BodyOptional.class),
                        method.isAnnotationPresent(Requires.class)));
            }
        }
        return methods;
    }

    private static List<String> beanParameters(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            String bound = bound(field.getAnnotations());
            if (bound != null) {
                names.add(bound);
            }
        }
        return names;
    }

    private static String bound(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                return "path:" + p.value();
            }
            if (annotation instanceof QueryParam q) {
                return "query:" + q.value();
            }
            if (annotation instanceof HeaderParam h) {
                // OpenAPI 3: header parameters named Accept, Content-Type or Authorization are not described as parameters.
                return UNDESCRIBED_HEADERS.contains(h.value().toLowerCase(Locale.ROOT)) ? null : "header:" + h.value();
            }
        }
        return null;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** "/api" + "/articles" + "/{id}", with regular expressions of templates dropped. */
    private static String join(String... parts) {
        String joined = Stream.of(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/", "/", ""));
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /**
     * The class, unless it builds on a server library the test classpath lacks (a Hibernate Search
     * binder, an OpenAPI filter): such a class is no JAX-RS resource, which binds only JAX-RS types.
     */
    private static java.util.Optional<Class<?>> loadable(String name) throws ClassNotFoundException {
        try {
            Class<?> type = Class.forName(name, false, OpenApiDocumentIT.class.getClassLoader());
            type.getAnnotation(Path.class);
            return java.util.Optional.of(type);
        } catch (LinkageError e) {
            assertThat(name).as("a REST class that cannot be inspected: " + e).doesNotEndWith("Resource");
            return java.util.Optional.empty();
        }
    }

    /** Every class of the REST API's module, from its jar or classes directory. */
    private static List<Class<?>> apiClasses() {
        try {
            java.nio.file.Path location = Paths.get(DictumApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        names.add(entries.nextElement().getName());
                    }
                }
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class")) {
                    loadable(name.substring(0, name.length() - 6).replace('/', '.')).ifPresent(classes::add);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
