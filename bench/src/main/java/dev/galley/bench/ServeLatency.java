package dev.galley.bench;

import dev.galley.core.publish.BuildContext;
import dev.galley.core.publish.PublishRequest;
import dev.galley.core.publish.Publisher;
import dev.galley.core.serve.LivePreview;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Edit-to-reload latency of {@code galley serve}: a synthetic desk of N briefings is served, one
 * briefing is rewritten again and again, and the time from the write to the page's reload event
 * is measured as a browser would see it (over the event stream).
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
            BlockingQueue<String> events = listen(preview);
            List<Long> latencies = new ArrayList<>();
            for (int edit = 0; edit < edits + 3; edit++) {
                events.clear();
                long written = System.nanoTime();
                SyntheticDesk.touch(content, n / 2, n, 1000 + edit);
                String event;
                do {
                    event = events.poll(60, TimeUnit.SECONDS);
                } while (event != null && !event.equals("reload") && !event.equals("problems"));
                long millis = (System.nanoTime() - written) / 1_000_000;
                if (!"reload".equals(event)) {
                    throw new IllegalStateException("no reload after edit " + edit + ": " + event);
                }
                if (edit >= 3) { // the first edits warm the JIT
                    latencies.add(millis);
                }
                Thread.sleep(150);
            }
            latencies.sort(null);
            System.out.printf(Locale.ROOT, "edit-to-reload over %d edits on a %d-briefing desk: median %d ms,"
                            + " p90 %d ms, min %d ms, max %d ms (%d cores)%n", latencies.size(), n,
                    latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.9)),
                    latencies.get(0), latencies.get(latencies.size() - 1), Runtime.getRuntime().availableProcessors());
        }
    }

    private static BlockingQueue<String> listen(LivePreview preview) throws Exception {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(preview.address().resolve("__galley/events")).build(),
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
