package org.dictum.search.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads SKOS Turtle bodies ({@code POST /api/topics/skos}) as {@link JsonBodyDecoding} reads JSON: in the charset their
 * {@code Content-Type} declares (UTF-8, Turtle's own, when none), refusing bytes that are not text in it with 400. The
 * String reader behind the resource put U+FFFD in place of what it could not read, so a taxonomy saved as Latin-1
 * imported "Énergie" as "\uFFFDnergie", a label nobody can type or find, and answered 200. After matching, like
 * {@link JsonBodyDecoding}, so that a body is read only once {@link CredentialCheck} admitted the caller.
 */
@Provider
@Priority(Priorities.USER + 100)
public class TurtleBodyDecoding implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !type.isCompatible(MediaType.valueOf(TopicResource.TURTLE))) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = JsonBodyDecoding.decode(body, JsonBodyDecoding.charsetOf(type));
        request.setEntityStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, TopicResource.TURTLE + ";charset=UTF-8");
    }
}
