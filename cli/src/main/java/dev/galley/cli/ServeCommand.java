package dev.galley.cli;

import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code galley serve}: publish, serve on 127.0.0.1, rebuild and reload on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site: publish, serve it on 127.0.0.1, and reload open pages on every save. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        options.includeDrafts = true; // a preview is where drafts are read
        CountDownLatch stopped = new CountDownLatch(1);
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), options.request(), port,
                line -> {
                    out.println(line);
                    out.flush();
                })) {
            out.println("galley serve: open " + preview.address() + "  (Ctrl-C stops)");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    preview.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }));
            stopped.await();
        }
        return 0;
    }
}
