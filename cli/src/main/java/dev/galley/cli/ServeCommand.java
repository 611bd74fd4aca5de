package dev.galley.cli;

import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code galley serve}: publish, serve on 127.0.0.1, rebuild and reload on every save. */
final class ServeCommand implements Command {

    static final Syntax SYNTAX = Syntax.of("galley serve",
            "Preview the site: publish, serve it on 127.0.0.1, and reload open pages on every save. Ctrl-C stops.",
            BuildOptions.CONTENT_DIR, options());

    private static List<Option> options() {
        List<Option> options = new ArrayList<>(BuildOptions.OPTIONS);
        options.add(Option.value("--port", "PORT", "Port on 127.0.0.1 (default: a free one)."));
        return options;
    }

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        BuildOptions options = new BuildOptions(arguments);
        int port = arguments.integer("--port", 0, 0, 65_535); // checked before a whole publish, not after
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
