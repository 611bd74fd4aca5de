package dev.galley.bench;

import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-reload latency of {@code galley serve}: a synthetic desk of N briefings is served, one
 * briefing is rewritten again and again, and two times are measured as browsers would see them.
 * The edited page: from the write to its reload event (on the event stream of a page that shows
 * that briefing) and its new page fetched, checked to carry the new title. The whole site: from
 * the write to the reload event of a page that shows something else (the home page), sent once
 * the listings, feed and search index are rebuilt too.
 *
 * <p>{@code java -cp … dev.galley.bench.ServeLatency [N=100] [EDITS=20]}
 */
public final class ServeLatency {

    private ServeLatency() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("galley-serve-bench");
        Path content = dir.resolve("content");
        SyntheticDesk.write(content, n, 7);
        PublishRequest request = new PublishRequest(content, dir.resolve("site"),
                BuildContext.of(Optional.empty(), Optional.empty(), 0, true), dir, false)
                .withCache(dir.resolve("cache")); // as galley serve runs
        long start = System.nanoTime();
        try (LivePreview preview = new LivePreview(Publisher.withInstalledRenderers(), request, 0, line -> { })) {
            System.out.printf(Locale.ROOT, "first publish of %d briefings: %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
            int victim = n / 2;
            String page = "/briefings/" + SyntheticDesk.slug(victim) + "/";
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> edited = listen(preview, page);
            BlockingQueue<String> home = listen(preview, "/");
            List<Long> pageLatencies = new ArrayList<>();
            List<Long> siteLatencies = new ArrayList<>();
            for (int edit = 0; edit < edits + 3; edit++) {
                edited.clear();
                home.clear();
                long salt = 1000 + edit;
                String title = title(SyntheticDesk.briefingText(victim, n, new SplittableRandom(salt)));
                long written = System.nanoTime();
                SyntheticDesk.touch(content, victim, n, salt);
                awaitReload(edited, edit);
                String body = http.send(HttpRequest.newBuilder(preview.address().resolve(page.substring(1))).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long pageMillis = (System.nanoTime() - written) / 1_000_000;
                if (!body.contains(title)) {
                    throw new IllegalStateException("edit " + edit + ": the page served after its reload lacks '"
                            + title + "'");
                }
                awaitReload(home, edit);
                long siteMillis = (System.nanoTime() - written) / 1_000_000;
                if (edit >= 3) { // the first edits warm the JIT
                    pageLatencies.add(pageMillis);
                    siteLatencies.add(siteMillis);
                }
                Thread.sleep(150);
            }
            print("edit-to-page (reload and page served)", pageLatencies, n);
            print("edit-to-site (every other page's reload)", siteLatencies, n);
        } finally {
            SyntheticDesk.delete(dir);
        }
    }

    private static void print(String what, List<Long> latencies, int n) {
        latencies.sort(null);
        System.out.printf(Locale.ROOT, "%s over %d edits on a %d-briefing desk: median %d ms,"
                        + " p90 %d ms, min %d ms, max %d ms (%d cores)%n", what, latencies.size(), n,
                latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.9)),
                latencies.get(0), latencies.get(latencies.size() - 1), Runtime.getRuntime().availableProcessors());
    }

    /** The front matter's title of a synthetic briefing, as its page prints it (plain words). */
    private static String title(String markdown) {
        int at = markdown.indexOf("\ntitle: ") + "\ntitle: ".length();
        return markdown.substring(at, markdown.indexOf('\n', at));
    }

    private static void awaitReload(BlockingQueue<String> events, int edit) throws InterruptedException {
        String event;
        do {
            event = events.poll(60, TimeUnit.SECONDS);
        } while (event != null && !event.equals("reload") && !event.equals("problems"));
        if (!"reload".equals(event)) {
            throw new IllegalStateException("no reload after edit " + edit + ": " + event);
        }
    }

    /** The event names a page at {@code page} (its URL path) receives, as its live script asks for them. */
    private static BlockingQueue<String> listen(LivePreview preview, String page) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(preview.address().resolve("__galley/events?page="
                        + URLEncoder.encode(page, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event: ")) {
                        queue.add(line.substring(7));
                    }
                }
            } catch (Exception closed) {
                // preview stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }
}
