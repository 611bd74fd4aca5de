package dev.galley.maven;

import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;
import dev.galley.core.serve.PreviewAccess;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Live preview: publishes, serves the site on 127.0.0.1, and on every saved change publishes
 * again and reloads open pages (or shows the content's problems over them). Ctrl-C stops it.
 * It answers only to its own names (127.0.0.1, localhost, [::1]) and those in
 * {@code galley.allowHosts}, so that no web page can read it through a name of its own.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractGalleyMojo {

    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "galley.port", defaultValue = "0")
    int port;

    /**
     * The IP address to listen on: this machine's address on the desk's network, or
     * {@code 0.0.0.0} for every network, to preview from other machines. Whoever can reach it
     * reads drafts and embargoed briefings.
     */
    @Parameter(property = "galley.bind", defaultValue = "127.0.0.1")
    String bind;

    /**
     * More host names the preview answers to, comma-separated ({@code desk.lan,192.168.1.20}), as
     * browsers on other machines name this one. Requests for any other name get 403.
     */
    @Parameter(property = "galley.allowHosts")
    String allowHosts;

    /** The preview always shows drafts: it is where they are read. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Galley serve skipped (galley.skip)");
            return;
        }
        PreviewAccess access = access();
        CountDownLatch stopped = new CountDownLatch(1);
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), request(true), access,
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

    /** Where to listen and which names to answer to, as the parameters say. */
    PreviewAccess access() throws MojoExecutionException {
        List<String> hosts = allowHosts == null ? List.of()
                : Arrays.stream(allowHosts.split(",")).filter(h -> !h.isBlank()).toList();
        InetAddress address;
        try {
            address = bind == null || bind.isBlank() ? InetAddress.getLoopbackAddress()
                    : PreviewAccess.listenAddress(bind);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("galley.bind: " + e.getMessage());
        }
        try {
            return new PreviewAccess(address, port, hosts);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("galley.allowHosts: " + e.getMessage());
        }
    }
}
