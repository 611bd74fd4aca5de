package dev.galley.maven;

import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Live preview: publishes, serves the site on 127.0.0.1, and on every saved change publishes
 * again and reloads open pages (or shows the content's problems over them). Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractMojo {

    /** The content folder: {@code galley.yaml} and {@code briefings/}. */
    @Parameter(property = "galley.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** Where the previewed site is written. */
    @Parameter(property = "galley.outputDirectory", defaultValue = "${project.build.directory}/site", required = true)
    File outputDirectory;

    /** Port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "galley.port", defaultValue = "0")
    int port;

    /** Show drafts in the preview. */
    @Parameter(property = "galley.includeDrafts", defaultValue = "true")
    boolean includeDrafts;

    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    @Override
    public void execute() throws MojoExecutionException {
        PublishRequest request = new PublishRequest(sourceDirectory.toPath(), outputDirectory.toPath(),
                BuildContext.of(Optional.empty(), BuildContext.sourceDateEpoch(), 0, includeDrafts),
                (executionRoot != null ? executionRoot : sourceDirectory).toPath(), false);
        CountDownLatch stopped = new CountDownLatch(1);
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), request, port, getLog()::info)) {
            getLog().info("Galley serve: open " + preview.address() + "  (Ctrl-C stops)");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("Galley could not start the preview: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
