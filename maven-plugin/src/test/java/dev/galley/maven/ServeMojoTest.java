package dev.galley.maven;

import dev.galley.core.serve.PreviewAccess;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the serve goal's parameters make of the preview's address and names (serving itself is core's, tested there). */
class ServeMojoTest {

    private static ServeMojo mojo(String bind, String allowHosts) {
        ServeMojo mojo = new ServeMojo();
        mojo.port = 8080;
        mojo.bind = bind;
        mojo.allowHosts = allowHosts;
        return mojo;
    }

    @Test
    void byDefaultTheLoopbackAddressAndItsOwnNamesOnly() throws MojoExecutionException {
        assertEquals(PreviewAccess.loopback(8080), mojo("127.0.0.1", null).access());
        assertEquals(PreviewAccess.loopback(8080), mojo(null, "").access());
    }

    @Test
    void allowHostsIsCommaSeparated() throws MojoExecutionException {
        PreviewAccess access = mojo("0.0.0.0", "Desk.lan, 192.168.1.20,,fe80::1").access();
        assertEquals(List.of("desk.lan", "192.168.1.20", "[fe80::1]"), access.extraHosts());
        assertTrue(access.bind().isAnyLocalAddress());
    }

    @Test
    void mistakesStopTheGoalSayingWhich() {
        assertEquals("galley.allowHosts: 'desk.lan:8080' has a port; give the name alone, the preview's own port is"
                + " added to it", assertThrows(MojoExecutionException.class,
                () -> mojo(null, "desk.lan:8080").access()).getMessage());
        assertEquals("galley.bind: 'desk.lan' is not an IP address (such as 192.168.1.20, or 0.0.0.0 for every"
                + " network)", assertThrows(MojoExecutionException.class, () -> mojo("desk.lan", null).access())
                .getMessage());
    }
}
