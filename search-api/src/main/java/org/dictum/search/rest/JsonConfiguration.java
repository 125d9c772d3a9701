package org.dictum.search.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API wants it: unknown properties are an error, not silently dropped; booleans, whole
 * numbers and text must be JSON booleans, whole numbers and strings ({@link StrictJsonScalars}).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withFormatting(false)
            .withSerializers(new CountSerializers.Bucket(), new CountSerializers.Value())
            .withDeserializers(new StrictJsonScalars.Booleans(), new StrictJsonScalars.Longs(), new StrictJsonScalars.Integers(),
                    new StrictJsonScalars.Strings())
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
