package fi.aloitepolku.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: tests see exactly what production runs. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("app.war", "target/aloitepolku.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
