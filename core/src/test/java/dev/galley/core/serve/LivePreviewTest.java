package dev.galley.core.serve;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.publish.RenderContext;
import dev.galley.core.publish.Renderer;
import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's loop end to end: serve, edit, reload; break, overlay; fix, reload. */
class LivePreviewTest {

    /** A one-page site: the titles of all briefings. */
    static final class TitlesRenderer implements Renderer {
        @Override
        public String name() {
            return "titles";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            StringBuilder page = new StringBuilder("<!doctype html><html><body>");
            for (Briefing b : site.briefings()) {
                page.append("<h2>").append(b.meta().title()).append("</h2>");
            }
            context.write("index.html", page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void editsReloadTheBrowserAndBrokenContentShowsAnOverlay() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"), "-- briefings/a.md --\n---\ntitle: First\n---\nText.\n");
        PublishRequest request = new PublishRequest(content, content.resolve("target/site"), BuildContext.forTest(2),
                content, false);
        try (LivePreview preview = new LivePreview(new Publisher(List.of(new TitlesRenderer())), request, 0, line -> { })) {
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(preview.address().resolve("index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("<h2>First</h2>"), page);
            assertTrue(page.contains("<script src=\"/__galley/live.js\"></script></body>"), page);

            BlockingQueue<String> events = listen(preview.address().resolve("__galley/events"));
            Path briefing = content.resolve("briefings/a.md");

            Files.writeString(briefing, "---\ntitle: Second\n---\nText.\n");
            assertEquals("reload", nextEvent(events));
            String reloaded = http.send(HttpRequest.newBuilder(preview.address()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(reloaded.contains("<h2>Second</h2>"), reloaded);

            Files.writeString(briefing, "---\ntitle: Third\ndate: someday\n---\nText.\n");
            String problems = nextEvent(events);
            assertTrue(problems.startsWith("problems "), problems);
            assertTrue(problems.contains("\"file\": \"briefings/a.md\", \"line\": 3, \"column\": 7"), problems);
            // The server keeps serving the last good site.
            assertTrue(http.send(HttpRequest.newBuilder(preview.address()).build(),
                    HttpResponse.BodyHandlers.ofString()).body().contains("<h2>Second</h2>"));

            Files.writeString(briefing, "---\ntitle: Fourth\ndate: 2026-11-28\n---\nText.\n");
            assertEquals("reload", nextEvent(events));

            int escape = http.send(HttpRequest.newBuilder(URI.create(preview.address() + "..%2F..%2Fetc/passwd")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(escape == 403 || escape == 404, "served a file outside the site: " + escape);
        }
    }

    /**
     * A page per briefing and a home page listing them all, whose full runs wait at a gate once
     * it is closed: a test can hold a rebuild between its first pages and the rest.
     */
    static final class GatedRenderer implements Renderer {
        final java.util.concurrent.Semaphore gate = new java.util.concurrent.Semaphore(0);
        volatile boolean closed;

        @Override
        public String name() {
            return "gated";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            context.forEach(context.toRender(site.briefings()), b -> context.write(Site.pagePath(b),
                    ("<!doctype html><html><body><h1>" + b.meta().title() + "</h1></body></html>")
                            .getBytes(StandardCharsets.UTF_8)));
            if (context.briefingsOnly()) {
                return;
            }
            if (closed) {
                try {
                    gate.acquire();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            new TitlesRenderer().render(site, context);
        }
    }

    /**
     * The edited page is served, new, when its reload arrives, while the rest of the rebuild has
     * not yet finished (the home page still lists the old title); pages showing anything else
     * reload once it has, the edited page not again; and the site it leaves is a full publish's.
     */
    @Test
    @Timeout(60)
    void theEditedPageReloadsFirstAndTheRestOnceTheSiteIsWhole() throws Exception {
        Path content = ContentFixture.write(dir.resolve("content"), """
                -- briefings/a.md --
                ---
                title: First
                date: 2026-01-02
                ---
                Text.
                -- briefings/b.md --
                ---
                title: Other
                date: 2026-01-01
                ---
                Text.
                """);
        PublishRequest request = new PublishRequest(content, content.resolve("target/site"), BuildContext.forTest(2),
                content, false);
        GatedRenderer renderer = new GatedRenderer();
        try (LivePreview preview = new LivePreview(new Publisher(List.of(renderer)), request, 0, line -> { })) {
            renderer.closed = true;
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> onPage = listen(preview.address().resolve("__galley/events?page=%2Fbriefings%2Fa%2F"));
            BlockingQueue<String> onHome = listen(preview.address().resolve("__galley/events?page=%2F"));
            BlockingQueue<String> unnamed = listen(preview.address().resolve("__galley/events"));
            Path briefing = content.resolve("briefings/a.md");

            Files.writeString(briefing, "---\ntitle: Second\ndate: 2026-01-02\n---\nText.\n");
            assertEquals("reload", nextEvent(onPage));
            String page = get(http, preview.address().resolve("briefings/a/"));
            assertTrue(page.contains("<h1>Second</h1><script src=\"/__galley/live.js\"></script>"), page);
            assertTrue(get(http, preview.address()).contains("<h2>First</h2>"), "the rest is still being built");
            assertTrue(onHome.isEmpty() && unnamed.stream().noneMatch("reload"::equals), "only the edited page is ready");

            renderer.gate.release();
            assertEquals("reload", nextEvent(onHome));
            assertEquals("reload", nextEvent(unnamed));
            assertTrue(get(http, preview.address()).contains("<h2>Second</h2>"));
            assertTrue(get(http, preview.address().resolve("briefings/a/index.html")).contains("<h1>Second</h1>"));

            Path full = dir.resolve("full");
            new Publisher(List.of(new GatedRenderer())).publish(new PublishRequest(content, full,
                    BuildContext.forTest(2), content, false));
            assertEquals(tree(full), tree(request.outputDir()), "the rebuilt site is a full publish's");

            // Broken content: the edited page's next event is the problems, not a second reload.
            Files.writeString(briefing, "---\ntitle: Third\ndate: someday\n---\nText.\n");
            assertTrue(nextEvent(onPage).startsWith("problems "));
            assertTrue(nextEvent(onHome).startsWith("problems "));
            renderer.gate.release();
            Files.writeString(briefing, "---\ntitle: Fourth\ndate: 2026-01-02\n---\nText.\n");
            assertEquals("reload", nextEvent(onPage));
            assertEquals("reload", nextEvent(onHome));
            assertTrue(get(http, preview.address()).contains("<h2>Fourth</h2>"));
        }
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Every file under {@code root} by its relative path, with its bytes as text. */
    private static java.util.Map<String, String> tree(Path root) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    /** Collects "event" names (with data for problems) from the server-sent event stream. */
    private static BlockingQueue<String> listen(URI events) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring(6)).append('\n');
                    } else if (line.isEmpty() && event != null) {
                        queue.add(event.equals("problems") ? "problems " + data : event);
                        event = null;
                        data.setLength(0);
                    }
                }
            } catch (IOException closed) {
                // the preview stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String event;
        do {
            event = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(event, "no event from the preview within 20 s");
        } while (event.equals("clear"));
        return event;
    }
}
