package org.dictum.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test: the one web-ui built, never a hand-listed set of classes. The build copies
 * it to {@code it-tests/target/dictum.war} (system property {@code dictum.it.war}).
 */
public final class DictumDeployment {

    private DictumDeployment() {
    }

    /** The packaged portal; its jboss-web.xml deploys it at the root context. */
    public static WebArchive war() {
        File war = new File(System.getProperty("dictum.it.war", "target/dictum.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath()
                    + " is missing: run the ITs through Maven (mvn verify), which copies the web-ui WAR there");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
