package org.dictum.search.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.dictum.domain.article.ContentType;
import org.dictum.search.export.CitationFormat;
import org.dictum.search.export.ExportFormat;
import org.dictum.search.network.NetworkFormat;
import org.dictum.search.saved.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * The answers the OpenAPI annotations of the resources claim against what the methods answer, where
 * the document cannot find out by itself (OpenApiDocumentIT checks the deployed document's shape): the
 * media types of every format an endpoint writes, and the statuses of the collection writes.
 */
class OpenApiAnswersTest {

    @Test
    void every_format_an_endpoint_writes_in_is_a_documented_media_type_of_its_answer() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        check(softly, method(ExportResource.class, "export"), mediaTypes(ExportFormat.values(), ExportFormat::mediaType));
        check(softly, method(AuditResource.class, "export"), mediaTypes(ExportFormat.values(), ExportFormat::mediaType));
        check(softly, method(NetworkResource.class, "network"), mediaTypes(NetworkFormat.values(), NetworkFormat::mediaType));
        check(softly, method(ArticleResource.class, "citation"), mediaTypes(CitationFormat.values(), CitationFormat::mediaType));
        check(softly, method(StatementResource.class, "citation"), mediaTypes(CitationFormat.values(), CitationFormat::mediaType));
        check(softly, method(FrozenSearchResource.class, "citation"), mediaTypes(Citation.Format.values(), Citation.Format::mediaType));
        check(softly, method(ArticleResource.class, "original"), mediaTypes(ContentType.values(), ContentType::mediaType));
        softly.assertAll();
    }

    @Test
    void every_write_that_names_a_collection_by_its_slug_documents_410_and_the_patch_its_required_version() {
        List<Method> slugWrites = Arrays.stream(CollectionResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(jakarta.ws.rs.Path.class) && m.getAnnotation(jakarta.ws.rs.Path.class).value().startsWith("/{slug}"))
                .filter(m -> !m.getAnnotation(jakarta.ws.rs.Path.class).value().endsWith("/history"))
                .toList();
        assertThat(slugWrites).as("collection methods that find the collection by its slug").hasSizeGreaterThanOrEqualTo(7);
        SoftAssertions softly = new SoftAssertions();
        for (Method method : slugWrites) {
            softly.assertThat(answer(method, "410")).as("%s documents 410 for a deleted collection", method.getName()).isPresent();
        }
        softly.assertThat(answer(method(CollectionResource.class, "edit"), "428"))
                .as("PATCH /api/collections/{slug} documents 428: it needs If-Match or version").isPresent();
        softly.assertAll();
    }

    @Test
    void the_writes_that_refuse_a_taken_name_or_the_last_administrator_document_409() {
        SoftAssertions softly = new SoftAssertions();
        for (Method method : List.of(method(ActorResource.class, "create"), method(TopicResource.class, "add"),
                method(UserResource.class, "create"), method(UserResource.class, "assignRole"), method(UserResource.class, "setEnabled"))) {
            softly.assertThat(answer(method, "409")).as("%s.%s documents 409", method.getDeclaringClass().getSimpleName(), method.getName())
                    .isPresent();
            softly.assertThat(Arrays.stream(method.getAnnotationsByType(APIResponse.class)).map(APIResponse::responseCode))
                    .as("%s.%s documents its success next to it", method.getDeclaringClass().getSimpleName(), method.getName())
                    .anyMatch(code -> code.startsWith("2"));
        }
        softly.assertAll();
    }

    @Test
    void the_import_upload_documents_each_part_it_reads() {
        RequestBody body = method(ImportResource.class, "upload").getParameters()[0].getAnnotation(RequestBody.class);
        assertThat(body).as("POST /api/imports documents its multipart body").isNotNull();
        assertThat(body.content()).extracting(Content::mediaType).containsExactly(MediaType.MULTIPART_FORM_DATA);
        Schema form = body.content()[0].schema();
        assertThat(form.properties()).extracting(SchemaProperty::name)
                .containsExactlyInAnyOrder(ImportUpload.FILE, ImportUpload.FORMAT, ImportUpload.MAPPING);
        assertThat(form.requiredProperties()).containsExactly(ImportUpload.FILE);
    }

    /**
     * A method that builds its {@link Response} chooses the status itself, which the generator cannot see: it documents
     * 200 for it. Such a method names its success answers ({@code 202 Accepted} of the imports was documented as 200).
     */
    @Test
    void every_method_that_builds_its_response_documents_its_success_status() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (Method method : resourceMethods()) {
            if (method.getReturnType() == Response.class) {
                softly.assertThat(Arrays.stream(method.getAnnotationsByType(APIResponse.class)).map(APIResponse::responseCode))
                        .as("%s.%s documents the status it answers", method.getDeclaringClass().getSimpleName(), method.getName())
                        .anyMatch(code -> code.startsWith("2") || code.startsWith("3"));
            }
        }
        softly.assertAll();
    }

    /** The JAX-RS methods of this package's resources, found on the class path. */
    private static List<Method> resourceMethods() throws IOException {
        Path classes;
        try {
            classes = Path.of(ApiDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(ApiDocs.class.getPackageName().replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Resource.class")).toList()) {
                Class<?> resource = load(ApiDocs.class.getPackageName() + "." + file.getFileName().toString().replace(".class", ""));
                Arrays.stream(resource.getDeclaredMethods())
                        .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                        .forEach(methods::add);
            }
        }
        assertThat(methods).as("resource methods found").hasSizeGreaterThan(50);
        return methods;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiAnswersTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(SoftAssertions softly, Method method, List<String> written) {
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        List<String> documented = answer(method, "200").stream().flatMap(a -> Arrays.stream(a.content())).map(Content::mediaType).toList();
        softly.assertThat(documented).as("%s: the media types of its 200 answer", where).containsExactlyInAnyOrderElementsOf(written);
    }

    private static Optional<APIResponse> answer(Method method, String status) {
        return Arrays.stream(method.getAnnotationsByType(APIResponse.class)).filter(a -> a.responseCode().equals(status)).findFirst();
    }

    private static Method method(Class<?> resource, String name) {
        List<Method> found = Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(name)).toList();
        assertThat(found).as("%s.%s", resource.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }

    /** The media types of a format enum, without parameters ({@code text/csv;charset=UTF-8} is {@code text/csv}). */
    private static <F> List<String> mediaTypes(F[] formats, Function<F, String> mediaType) {
        return Stream.of(formats).map(mediaType).map(type -> type.replaceAll(";.*", "").strip()).distinct().toList();
    }
}
