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
import org.dictum.search.application.ArticleMetadataPatch;

/**
 * Reads a merge patch of article metadata with JSON-P: JSON-B, which would otherwise claim every
 * JSON body, binds records, and a merge patch must tell an absent member from a null one.
 */
@Provider
@Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
public class MetadataPatchReader implements MessageBodyReader<ArticleMetadataPatch> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ArticleMetadataPatch.class;
    }

    @Override
    public ArticleMetadataPatch readFrom(Class<ArticleMetadataPatch> type, Type genericType, Annotation[] annotations,
                                         MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        return ArticleMetadataPatch.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
}
