package dev.galley.maven;

import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Live preview: publishes, serves the site on 127.0.0.1, and on every saved change publishes
 * again and reloads open pages (or shows the content's problems over them). Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractGalleyMojo {

    /** Port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "galley.port", defaultValue = "0")
    int port;

    /** The preview always shows drafts: it is where they are read. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Galley serve skipped (galley.skip)");
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), request(true), port,
                getLog()::info)) {
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
