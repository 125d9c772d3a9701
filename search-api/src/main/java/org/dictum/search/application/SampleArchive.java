package org.dictum.search.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.dictum.persistence.audit.Attribution;
import org.dictum.persistence.audit.ChangeAttribution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the bundled sample articles into an empty archive at start-up, so that a new installation
 * has something to search. An archive with any article in it is left alone. Runs after the starter
 * taxonomy is in place, so that the samples are tagged with its topics.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "IndexCheckAtStartup", "TaxonomyBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SampleArchive {

    static final String SAMPLES = "/samples/articles.jsonl";
    private static final Logger LOG = Logger.getLogger(SampleArchive.class.getName());

    @Inject
    @ConfigProperty(name = "dictum.sample-data.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ArchiveService archive;

    @Inject
    ChangeAttribution attribution;

    @PostConstruct
    void loadIntoEmptyArchive() {
        attribution.onBehalfOf(Attribution.SYSTEM);   // start-up work, though the container gives it a request scope
        if (!enabled) {
            LOG.info("Sample data disabled (dictum.sample-data.enabled=false)");
            return;
        }
        if (archive.articleCount() > 0) {
            return;
        }
        List<ArticleJson> samples = readSamples();
        samples.forEach(sample -> archive.store(sample.toSubmission()));
        LOG.info(() -> "Empty archive: loaded " + samples.size() + " sample article(s) from " + SAMPLES);
    }

    private static List<ArticleJson> readSamples() {
        try (InputStream in = SampleArchive.class.getResourceAsStream(SAMPLES);
             Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("Sample data " + SAMPLES + " is missing from the deployment");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(line -> !line.isBlank())
                    .map(line -> jsonb.fromJson(line, ArticleJson.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read sample data " + SAMPLES, e);
        }
    }
}
