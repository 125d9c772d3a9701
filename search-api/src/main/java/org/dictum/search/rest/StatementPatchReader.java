package org.dictum.search.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.dictum.search.application.StatementPatch;

/**
 * Reads a merge patch of a statement with JSON-P: JSON-B, which would otherwise claim every
 * JSON body, binds records, and a merge patch must tell an absent member from a null one.
 */
@Provider
@Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
public class StatementPatchReader implements MessageBodyReader<StatementPatch> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == StatementPatch.class;
    }

    @Override
    public StatementPatch readFrom(Class<StatementPatch> type, Type genericType, Annotation[] annotations,
                                         MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        return StatementPatch.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
}
