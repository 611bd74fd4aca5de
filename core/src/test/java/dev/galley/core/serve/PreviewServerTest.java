package dev.galley.core.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview answers only to its own names. Requests are written by hand on a socket: a browser
 * led by DNS rebinding sends a Host header that Java's HttpClient would not let a test forge.
 */
@Timeout(30)
class PreviewServerTest {

    @TempDir
    Path site;

    private PreviewServer server;
    private int port;

    private void start(PreviewAccess access) throws IOException {
        Files.writeString(site.resolve("index.html"), "<html><body><h1>Embargoed</h1></body></html>");
        server = new PreviewServer(site, access);
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A reply's status line and body. */
    private record Reply(String status, String body) {
    }

    /** Sends {@code GET path} with the given header lines (none for no Host at all) and reads the reply. */
    private Reply get(String path, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = reply.indexOf("\r\n\r\n");
            return new Reply(reply.substring(0, reply.indexOf("\r\n")), reply.substring(headersEnd + 4));
        }
    }

    private Reply getFrom(String host) throws IOException {
        return get("/", "Host: " + host);
    }

    /**
     * A rebuild's first pages are served in place of the site's files of the same paths, by the
     * folder's address too and with the live script, until the rebuilt site is in place.
     */
    @Test
    void firstPagesAreServedOverTheSiteUntilItIsRebuilt() throws IOException {
        start(PreviewAccess.loopback(0));
        Files.createDirectories(site.resolve("briefings/a"));
        Files.writeString(site.resolve("briefings/a/index.html"), "<html><body><h1>Old</h1></body></html>");
        String host = "Host: 127.0.0.1:" + port;
        server.showFirst(java.util.Map.of("briefings/a/index.html",
                "<html><body><h1>New</h1></body></html>".getBytes(StandardCharsets.UTF_8)));

        Reply folder = get("/briefings/a/", host);
        assertEquals("HTTP/1.1 200 OK", folder.status());
        assertTrue(folder.body().contains("<h1>New</h1><script src=\"/__galley/live.js\"></script>"), folder.body());
        assertTrue(get("/briefings/a/index.html", host).body().contains("<h1>New</h1>"));
        assertTrue(get("/", host).body().contains("<h1>Embargoed</h1>"), "the rest from the site");

        server.reload();
        assertTrue(get("/briefings/a/", host).body().contains("<h1>Old</h1>"), "the site's own once rebuilt");
    }

    @Test
    void answersToItsOwnNamesAtItsPort() throws IOException {
        start(PreviewAccess.loopback(0));
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port,
                "LocalHost:" + port, "[::1]:" + port)) {
            Reply reply = getFrom(host);
            assertEquals("HTTP/1.1 200 OK", reply.status(), host);
            assertTrue(reply.body().contains("<h1>Embargoed</h1>"), host);
        }
        assertEquals("HTTP/1.1 200 OK", get("/__galley/live.js", "Host: localhost:" + port).status());
    }

    @Test
    void refusesEveryOtherHostSayingWhyAndHowToAllowIt() throws IOException {
        start(PreviewAccess.loopback(0));
        int other = port == 65_535 ? 65_534 : port + 1;
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1:" + other, "127.0.0.1",
                "localhost", "localhost.:" + port, "127.0.0.2:" + port, "localhost:" + port + ".evil.example")) {
            Reply reply = getFrom(host);
            assertEquals("HTTP/1.1 403 Forbidden", reply.status(), host);
            assertTrue(reply.body().contains("this preview answers only to 127.0.0.1:" + port + ", localhost:" + port
                    + ", [::1]:" + port + " and the names it was told to allow, not to a request for '" + host + "'"),
                    reply.body());
            assertTrue(reply.body().contains("--allow-host NAME") && reply.body().contains("-Dgalley.allowHosts=NAME"),
                    reply.body());
        }
    }

    @Test
    void refusesARequestWithoutAHostAndOneWithTwo() throws IOException {
        start(PreviewAccess.loopback(0));
        Reply none = get("/");
        assertEquals("HTTP/1.1 403 Forbidden", none.status());
        assertTrue(none.body().contains("not to a request without a Host header"), none.body());
        assertEquals("HTTP/1.1 403 Forbidden",
                get("/", "Host: localhost:" + port, "Host: evil.example:" + port).status());
        // The request line's host wins over the header where servers follow RFC 9112: it must be ours too.
        assertEquals("HTTP/1.1 403 Forbidden",
                get("http://evil.example:" + port + "/", "Host: localhost:" + port).status());
        assertEquals("HTTP/1.1 200 OK", get("http://localhost:" + port + "/", "Host: localhost:" + port).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/__galley/events", "/__galley/live.js", "/index.html", "/missing"})
    void theReloadStreamAndTheLiveScriptAreRefusedToo(String path) throws IOException {
        start(PreviewAccess.loopback(0));
        assertEquals("HTTP/1.1 403 Forbidden", get(path, "Host: evil.example:" + port).status(), path);
    }

    @Test
    void answersToTheNamesItIsTold() throws IOException {
        start(PreviewAccess.loopback(0).allowing(List.of("Desk.LAN", "192.168.1.20", "fe80::1")));
        for (String host : List.of("desk.lan:" + port, "DESK.lan:" + port, "192.168.1.20:" + port, "[fe80::1]:" + port,
                "localhost:" + port)) {
            assertEquals("HTTP/1.1 200 OK", getFrom(host).status(), host);
        }
        assertEquals("HTTP/1.1 403 Forbidden", getFrom("evil.example:" + port).status());
        assertEquals("HTTP/1.1 403 Forbidden", getFrom("desk.lan").status(), "at another port than its own");
    }

    @Test
    void answersToTheAddressItListensOn() throws IOException {
        // 127.0.0.1 is one of its own names anyway: 127.0.0.2 shows the address itself is added.
        InetAddress second = InetAddress.getByName("127.0.0.2");
        try (ServerSocket probe = new ServerSocket(0, 1, second)) {
            // loopback aliases exist on this machine
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no 127.0.0.2 here");
        }
        server = new PreviewServer(site, PreviewAccess.loopback(0).boundTo(second));
        Files.writeString(site.resolve("index.html"), "<html><body>Hi</body></html>");
        port = server.address().getPort();
        assertEquals("http://127.0.0.2:" + port + "/", server.address().toString());
        try (Socket socket = new Socket(second, port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.2:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 200 OK"), reply);
        }
    }

    @Test
    void namesAreWrittenAsBrowsersSendThem() {
        assertEquals("desk.lan", PreviewAccess.hostName(" Desk.Lan "));
        assertEquals("[fe80::1]", PreviewAccess.hostName("fe80::1"));
        assertEquals("[fe80::1]", PreviewAccess.hostName("[FE80::1]"));
        assertEquals("192.168.1.20", PreviewAccess.hostName("192.168.1.20"));
        assertEquals("'desk.lan:8080' has a port; give the name alone, the preview's own port is added to it",
                assertThrows(IllegalArgumentException.class, () -> PreviewAccess.hostName("desk.lan:8080")).getMessage());
        for (String bad : List.of("", "http://desk.lan", "desk lan", "-desk", "desk/", "*")) {
            assertThrows(IllegalArgumentException.class, () -> PreviewAccess.hostName(bad), bad);
        }
    }

    @Test
    void listenAddressesAreIpAddressesNeverLookedUp() throws IOException {
        assertEquals(InetAddress.getByName("192.168.1.20"), PreviewAccess.listenAddress("192.168.1.20"));
        assertTrue(PreviewAccess.listenAddress("0.0.0.0").isAnyLocalAddress());
        assertTrue(PreviewAccess.listenAddress("::").isAnyLocalAddress());
        assertEquals(InetAddress.getByName("fe80::1"), PreviewAccess.listenAddress("[fe80::1]"));
        assertTrue(PreviewAccess.listenAddress("localhost").isLoopbackAddress());
        for (String bad : List.of("desk.lan", "300.1.1.1", "1.2.3", "", "example.org")) {
            assertThrows(IllegalArgumentException.class, () -> PreviewAccess.listenAddress(bad), bad);
        }
    }
}
