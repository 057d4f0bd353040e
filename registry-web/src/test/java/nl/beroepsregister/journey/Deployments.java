package nl.beroepsregister.journey;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the WAR the build produced, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("registry.war", "target/registry.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR " + war + " is missing: run the integration tests through "
                    + "Maven (./mvnw verify), which packages it first");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
