package dev.galley.maven;

import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;


/**
 * Reads the content folder and reports every problem, writing nothing. Fails like
 * {@code publish} would.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = true)
public class CheckMojo extends ReportingMojo {

    @Override
    PublishReport run(Publisher publisher, PublishRequest request) {
        return publisher.check(request);
    }

    @Override
    String verb() {
        return "check";
    }
}
