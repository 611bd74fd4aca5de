package dev.galley.core.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Serves the published site (on the loopback interface unless told otherwise), with a small
 * script injected into every page that listens for server-sent events: {@code reload} after a
 * rebuild, {@code problems} (JSON diagnostics) when the content cannot be published, {@code clear}
 * when it can again. Only requests for its own names are answered ({@link PreviewAccess}); any
 * other gets 403. Nothing here writes the site; {@link LivePreview} rebuilds it.
 *
 * <p>A rebuild's first pages ({@link #showFirst}) are served from memory, over the site, until
 * the rebuild's output is in place ({@link #reload}): the page's script says which page it
 * shows, so those showing a first page reload at once and the others once the site is whole.
 */
public final class PreviewServer implements AutoCloseable {

    private static final String LIVE_SCRIPT_PATH = "/__galley/live.js";
    private static final String EVENTS_PATH = "/__galley/events";
    private static final byte[] LIVE_SCRIPT = loadScript();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"),
            Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("ico", "image/x-icon"));

    private final Path site;
    private final HttpServer server;
    private final InetAddress bind;
    private final int port;
    private final Set<String> names;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "galley-preview");
        t.setDaemon(true);
        return t;
    });
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastProblems;
    /** Files served before the site's own, by output-relative path: a rebuild's first pages. */
    private volatile Map<String, byte[]> overlay = Map.of();

    /** An open event stream, and the file the page it came from was served as (null when not said). */
    private record Listener(OutputStream body, String page) {
    }

    /** Starts serving {@code site} where {@code access} says, to the names it allows. */
    public PreviewServer(Path site, PreviewAccess access) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(access.bind(), access.port()), 0);
        this.port = server.getAddress().getPort();
        this.names = access.names();
        this.bind = access.bind();
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * The address to open in a browser: the one the preview listens on, or 127.0.0.1 when it
     * listens on every interface.
     */
    public URI address() {
        String host = bind.isAnyLocalAddress() ? "127.0.0.1"
                : bind.isLoopbackAddress() && bind instanceof Inet6Address ? "[::1]"
                : PreviewAccess.hostName(bind.getHostAddress().replaceFirst("%.*", ""));
        return URI.create("http://" + host + ":" + port + "/");
    }

    /**
     * Serves {@code files} (output-relative paths, a rebuild's first pages) in place of the
     * site's files of the same paths, and tells the open pages that show one of them to reload;
     * the others wait for {@link #reload}. The files must be what the rebuild will write there.
     */
    public void showFirst(Map<String, byte[]> files) {
        overlay = Map.copyOf(files);
        lastProblems = null;
        Predicate<String> ready = files::containsKey;
        send("clear", "{}", ready);
        send("reload", "{}", ready);
    }

    /**
     * Tells every open page to reload, now that the site is rebuilt, and stops serving the first
     * pages: but for a page already showing a first page that the site now holds unchanged.
     */
    public void reload() {
        Map<String, byte[]> first = overlay;
        Set<String> shown = new HashSet<>();
        first.forEach((path, bytes) -> {
            if (Arrays.equals(bytes, siteFile(path))) {
                shown.add(path);
            }
        });
        overlay = Map.of();
        lastProblems = null;
        Predicate<String> stale = page -> !shown.contains(page);
        send("clear", "{}", stale);
        send("reload", "{}", stale);
    }

    /** Shows {@code problemsJson} over every open page, until the next reload; the site is served as last built. */
    public void problems(String problemsJson) {
        overlay = Map.of();
        lastProblems = problemsJson;
        send("problems", problemsJson, page -> true);
    }

    /** The site's file at {@code path}, or null when it has none. */
    private byte[] siteFile(String path) {
        try {
            return Files.readAllBytes(site.resolve(path));
        } catch (IOException gone) {
            return null;
        }
    }

    /** Sends the event to the listeners whose page {@code to} accepts (a page not named counts as "" ). */
    private void send(String event, String data, Predicate<String> to) {
        byte[] message = ("event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        for (Listener listener : listeners) {
            if (!to.test(listener.page() == null ? "" : listener.page())) {
                continue;
            }
            try {
                listener.body().write(message);
                listener.body().flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!forOwnName(exchange)) {
                respond(exchange, 403, TYPES.get("txt"), refusal(exchange).getBytes(StandardCharsets.UTF_8));
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(EVENTS_PATH)) {
                stream(exchange);
            } else if (path.equals(LIVE_SCRIPT_PATH)) {
                respond(exchange, 200, TYPES.get("js"), LIVE_SCRIPT);
            } else {
                file(exchange, path);
            }
        }
    }

    /**
     * Whether the request names this preview: exactly one {@code Host} header with one of its
     * names and its port, and no other host in the request line ({@code GET http://other/}).
     */
    private boolean forOwnName(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1 || !PreviewAccess.admits(names, port, hosts.get(0))) {
            return false;
        }
        String authority = exchange.getRequestURI().getRawAuthority();
        return authority == null || PreviewAccess.admits(names, port, authority);
    }

    private String refusal(HttpExchange exchange) {
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        String asked = hosts == null || hosts.isEmpty() ? "a request without a Host header"
                : "a request for '" + printable(String.join(", ", hosts)) + "'";
        return "403 Forbidden: this preview answers only to 127.0.0.1:" + port + ", localhost:" + port
                + ", [::1]:" + port + " and the names it was told to allow, not to " + asked + ".\n"
                + "A page on another site may be trying to read the preview through a name of its own"
                + " (DNS rebinding).\n"
                + "To preview under another name, start the preview with --allow-host NAME (galley serve)"
                + " or -Dgalley.allowHosts=NAME (mvn galley:serve).\n";
    }

    /** A header's value fit to quote in a reply: printable ASCII, and not a page of it. */
    private static String printable(String text) {
        String shown = text.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        String problems = lastProblems;
        if (problems != null) {
            body.write(("event: problems\ndata: " + problems.replace("\n", "\ndata: ") + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.flush();
        Listener listener = new Listener(body, shownPage(exchange.getRequestURI().getRawQuery()));
        listeners.add(listener);
        // Hold the exchange open until the browser goes away or the server stops.
        try {
            while (listeners.contains(listener)) {
                Thread.sleep(15_000);
                send(listener);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Listener listener) {
        try {
            listener.body().write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
            listener.body().flush();
        } catch (IOException gone) {
            listeners.remove(listener);
        }
    }

    /**
     * The file served for the page the live script names in its query ({@code page=} and the
     * page's URL path as the browser has it, still percent-encoded), or null when it names none
     * inside the site.
     */
    private String shownPage(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.startsWith("page=")) {
                String pathname = URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
                // the path as a request has it, percent escapes decoded ('+' is itself in a path)
                String path = URLDecoder.decode(pathname.replace("+", "%2B"), StandardCharsets.UTF_8);
                return path.startsWith("/") ? servedPath(path).orElse(null) : null;
            }
        }
        return null;
    }

    /**
     * The output-relative path of the file a request for {@code path} is answered with (a
     * folder's {@code index.html}), whether or not there is one; empty for a path outside the site.
     */
    private Optional<String> servedPath(String path) {
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            return Optional.empty();
        }
        String relative = site.relativize(file).toString().replace('\\', '/');
        String index = relative.isEmpty() ? "index.html" : relative + "/index.html";
        return Optional.of(overlay.containsKey(index) || Files.isDirectory(file) ? index : relative);
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Optional<String> served = servedPath(path);
        if (served.isEmpty()) {
            respond(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] first = overlay.get(served.get());
        Path file = site.resolve(served.get());
        if (first == null && !Files.isRegularFile(file)) {
            Path notFound = site.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? inject(Files.readAllBytes(notFound))
                    : "not found".getBytes(StandardCharsets.UTF_8);
            respond(exchange, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : TYPES.get("txt"), body);
            return;
        }
        byte[] body = first != null ? first : Files.readAllBytes(file);
        String type = type(served.get());
        respond(exchange, 200, type, type.equals(TYPES.get("html")) ? inject(body) : body);
    }

    /** The content type of the file at {@code path}, by its extension. */
    private static String type(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The page with the live script added before {@code </body>} (or at the end). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + LIVE_SCRIPT_PATH + "\"></script>";
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] loadScript() {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("live.js missing from Galley's core jar", e);
        }
    }

    @Override
    public void close() {
        List<Listener> open = List.copyOf(listeners);
        listeners.clear();
        for (Listener listener : open) {
            try {
                listener.body().close();
            } catch (IOException ignored) {
                // the browser already left
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
