package org.dictum.web.saved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The API page: where the WAR serves Swagger UI from (its WebJar, whose version the jar itself names). */
@Named
@ApplicationScoped
public class ApiDocsView {

    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private String swaggerUiPath;

    /** {@code /webjars/swagger-ui/<version>}, relative to the context root. */
    public synchronized String getSwaggerUiPath() {
        if (swaggerUiPath == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException(WEBJAR_PROPERTIES + " is missing: is the swagger-ui WebJar in WEB-INF/lib?");
                }
                Properties properties = new Properties();
                properties.load(in);
                swaggerUiPath = "/webjars/swagger-ui/" + properties.getProperty("version");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return swaggerUiPath;
    }
}
