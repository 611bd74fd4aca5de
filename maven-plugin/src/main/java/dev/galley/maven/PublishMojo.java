package dev.galley.maven;

import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.publish.ReleaseArchives;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Publishes the content folder: the microsite and a print PDF per briefing. Every problem in the
 * content is reported as {@code file:line:col: severity: message [code]}; any error fails the
 * build and leaves the previous output untouched.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class PublishMojo extends ReportingMojo {

    /**
     * Attach the site and the PDFs as zips (classifiers {@code site} and {@code pdf}) plus their
     * SHA-256 manifest (classifier {@code sha256}) to the project, so {@code install}, {@code deploy}
     * and CI keep them as release artifacts.
     */
    @Parameter(property = "galley.attach", defaultValue = "true")
    boolean attach;

    /**
     * Publish the briefings without errors, leaving out those with errors of their own (named in
     * the summary); the build still fails. For a desk moving its posts, to see the rest.
     */
    @Parameter(property = "galley.keepGoing", defaultValue = "false")
    boolean keepGoing;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    PublishReport run(Publisher publisher, PublishRequest request) {
        return publisher.publish(keepGoing ? request.keepingGoing() : request);
    }

    @Override
    void afterSuccess(PublishReport report, PublishRequest request) throws MojoExecutionException {
        if (!attach || project == null || projectHelper == null) {
            return;
        }
        try {
            ReleaseArchives.Archives archives = ReleaseArchives.write(outputDirectory.toPath(),
                    Path.of(project.getBuild().getDirectory()), project.getBuild().getFinalName(), request.build().sourceDate());
            projectHelper.attachArtifact(project, "zip", "site", archives.site().toFile());
            projectHelper.attachArtifact(project, "zip", "pdf", archives.pdfs().toFile());
            projectHelper.attachArtifact(project, "sha256", "sha256", archives.checksums().toFile());
            getLog().info("Galley: attached " + archives.site().getFileName() + ", " + archives.pdfs().getFileName()
                    + " and " + archives.checksums().getFileName());
        } catch (IOException e) {
            throw new MojoExecutionException("Galley could not pack the release archives: " + e.getMessage(), e);
        }
    }

    @Override
    String verb() {
        return "publish";
    }
}
