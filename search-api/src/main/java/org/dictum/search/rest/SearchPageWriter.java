package org.dictum.search.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dictum.search.query.SearchPage;

/** Writes the search answers ({@link SearchPage} of statement or article hits) with {@link SearchPageJson}, not JSON-B. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchPageWriter implements MessageBodyWriter<SearchPage<?>> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == SearchPage.class && SearchPageJson.writes(genericType);
    }

    @Override
    public void writeTo(SearchPage<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) {
        // Not closed: that would close the response's stream, which is the container's.
        JsonGenerator generator = GENERATORS.createGenerator(entity, StandardCharsets.UTF_8);
        SearchPageJson.write(page, generator);
        generator.flush();
    }
}
