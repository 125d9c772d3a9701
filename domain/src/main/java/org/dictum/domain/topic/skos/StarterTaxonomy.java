package org.dictum.domain.topic.skos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The starter taxonomy bundled with Dictum: about 65 topics of political and economic news with
 * alternative labels, scope notes and match terms, for a new archive to begin with.
 */
public final class StarterTaxonomy {

    public static final String RESOURCE = "/org/dictum/domain/topic/skos/starter-taxonomy.ttl";

    private StarterTaxonomy() {
    }

    /** The Turtle text of the starter taxonomy. */
    public static String turtle() {
        try (InputStream in = StarterTaxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The starter taxonomy " + RESOURCE + " is missing from the domain jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the starter taxonomy " + RESOURCE, e);
        }
    }

    public static SkosScheme scheme() {
        return new SkosTurtleReader().read(turtle());
    }
}
