package org.dictum.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of client-side ITs: deploys the real WAR once per test class and injects its base URL
 * ({@code http://127.0.0.1:8180/}). Tests talk to it over HTTP only (REST, Faces pages, browser).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ClientSideIntegrationTest {

    @ArquillianResource
    protected URL baseUrl;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return DictumDeployment.war();
    }
}
