package org.dictum.it;

import java.net.URI;

/**
 * Addresses of the WildFly that Arquillian manages for the ITs. arquillian.xml starts it with
 * port offset 100 (by default) on 127.0.0.1, so it never collides with a portal run by {@code ./dictum}.
 * The application URL is injected ({@code @ArquillianResource URL}); the management interface
 * (health, metrics) is not, hence these constants.
 */
public final class ItServer {

    public static final String HOST = "127.0.0.1";
    /** 100 unless the build says otherwise (it-tests/pom.xml, dictum.it.port-offset). */
    public static final int PORT_OFFSET = Integer.getInteger("dictum.it.port-offset", 100);
    public static final int HTTP_PORT = 8080 + PORT_OFFSET;
    public static final int MANAGEMENT_PORT = Integer.getInteger("dictum.it.management-port", 9990 + PORT_OFFSET);

    private ItServer() {
    }

    /** A URI on the management interface, e.g. {@code management("/health/ready")}. */
    public static URI management(String path) {
        return URI.create("http://" + HOST + ":" + MANAGEMENT_PORT + path);
    }
}
