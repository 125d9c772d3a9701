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
import java.util.Map;
import java.util.function.Function;
import org.dictum.search.application.ArticleMetadataPatch;
import org.dictum.search.application.CollectionPatch;
import org.dictum.search.application.JsonMergePatch;
import org.dictum.search.application.StatementPatch;

/**
 * Reads the merge patches of articles, statements and collections with JSON-P: JSON-B, which would otherwise
 * claim every JSON body, binds records, and a merge patch must tell an absent member from a null one.
 */
@Provider
@Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
public class MergePatchReader implements MessageBodyReader<JsonMergePatch> {

    private static final Map<Class<?>, Function<String, JsonMergePatch>> PATCHES = Map.of(
            ArticleMetadataPatch.class, ArticleMetadataPatch::parse,
            StatementPatch.class, StatementPatch::parse,
            CollectionPatch.class, CollectionPatch::parse);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PATCHES.containsKey(type);
    }

    @Override
    public JsonMergePatch readFrom(Class<JsonMergePatch> type, Type genericType, Annotation[] annotations,
                                   MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        return PATCHES.get(type).apply(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
}
