package org.dictum.domain.topic.skos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled starter taxonomy as text, for tests. */
final class StarterTaxonomy {

    static final String RESOURCE = "/org/dictum/domain/topic/skos/starter-taxonomy.ttl";

    private StarterTaxonomy() {
    }

    static String turtle() {
        try (InputStream in = StarterTaxonomy.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
