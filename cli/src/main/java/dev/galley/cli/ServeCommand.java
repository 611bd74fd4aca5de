package dev.galley.cli;

import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;
import dev.galley.core.serve.PreviewAccess;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code galley serve}: publish, serve on 127.0.0.1 (or {@code --bind}) to its own names (and
 * {@code --allow-host}), rebuild and reload on every save.
 */
final class ServeCommand implements Command {

    static final Syntax SYNTAX = Syntax.of("galley serve",
            "Preview the site: publish, serve it on 127.0.0.1, and reload open pages on every save. Ctrl-C stops.",
            BuildOptions.CONTENT_DIR, options());

    private static List<Option> options() {
        List<Option> options = new ArrayList<>(BuildOptions.OPTIONS);
        options.add(Option.value("--port", "PORT", "Port to listen on (default: a free one)."));
        options.add(Option.value("--bind", "ADDRESS", "Listen on ADDRESS, not 127.0.0.1: this machine's address"
                + " on the desk's network, or 0.0.0.0 for all (whoever reaches it reads drafts and embargoed"
                + " briefings)."));
        options.add(Option.value("--allow-host", "NAME", "Also answer to NAME, as other machines call this one"
                + " (repeatable). Other names get 403, so that no web page can read the preview.").givenAnyNumberOfTimes());
        return options;
    }

    /** Where to listen and whom to answer, read before a whole publish rather than after it. */
    static PreviewAccess access(Arguments arguments) {
        int port = arguments.integer("--port", 0, 0, 65_535);
        PreviewAccess access = PreviewAccess.loopback(port);
        String bind = arguments.text("--bind");
        try {
            if (bind != null) {
                access = access.boundTo(PreviewAccess.listenAddress(bind));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(arguments.syntax(), "invalid value for option '--bind': " + e.getMessage());
        }
        try {
            return access.allowing(arguments.list("--allow-host"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(arguments.syntax(), "invalid value for option '--allow-host': " + e.getMessage());
        }
    }

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        BuildOptions options = new BuildOptions(arguments);
        PreviewAccess access = access(arguments);
        options.includeDrafts = true; // a preview is where drafts are read
        CountDownLatch stopped = new CountDownLatch(1);
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), options.request(), access,
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
