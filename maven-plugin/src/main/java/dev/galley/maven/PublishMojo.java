package dev.galley.maven;

import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Publishes the content folder: the microsite and a print PDF per briefing. Every problem in the
 * content is reported as {@code file:line:col: severity: message [code]}; any error fails the
 * build and leaves the previous output untouched.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class PublishMojo extends AbstractGalleyMojo {

    /** Where the site goes. It is replaced as a whole, and only when publishing succeeded. */
    @Parameter(property = "galley.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    PublishReport run(Publisher publisher, PublishRequest request) {
        return publisher.publish(request);
    }

    @Override
    String verb() {
        return "publish";
    }
}
