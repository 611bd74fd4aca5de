package dev.galley.core.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the preview listens and which host names it answers to.
 *
 * <p>Listening on 127.0.0.1 keeps other machines out, but not other web sites: a page the editor
 * visits can point a name of its own at 127.0.0.1 (DNS rebinding) and then read the preview,
 * drafts and embargoed briefings included, as if it were that site. The browser still sends
 * that name in the {@code Host} header, so the preview answers only requests for its own names:
 * {@code 127.0.0.1}, {@code localhost} and {@code [::1]} at its port, the address it listens on,
 * and the names given here for a desk that previews over its network.
 *
 * @param bind       the address to listen on: the loopback address unless the preview is for other machines
 *                   too ({@code 0.0.0.0} for every interface)
 * @param port       a port, or 0 for any free one
 * @param extraHosts further names the preview answers to, as {@link #hostName} gives them
 */
public record PreviewAccess(InetAddress bind, int port, List<String> extraHosts) {

    /** The names every preview answers to, on every address it listens on. */
    static final List<String> OWN_NAMES = List.of("127.0.0.1", "localhost", "[::1]");

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    public PreviewAccess {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        extraHosts = extraHosts.stream().map(PreviewAccess::hostName).distinct().toList();
    }

    /** The preview on 127.0.0.1 at {@code port}, answering to its own names only. */
    public static PreviewAccess loopback(int port) {
        return new PreviewAccess(InetAddress.getLoopbackAddress(), port, List.of());
    }

    /** This access, answering to {@code hosts} as well. */
    public PreviewAccess allowing(List<String> hosts) {
        List<String> all = new ArrayList<>(extraHosts);
        all.addAll(hosts);
        return new PreviewAccess(bind, port, all);
    }

    /** This access, listening on {@code address}. */
    public PreviewAccess boundTo(InetAddress address) {
        return new PreviewAccess(address, port, extraHosts);
    }

    /**
     * A host name as an editor gives it ({@code desk.lan}, {@code 192.168.1.20}, {@code fe80::1}),
     * written as the browser sends it in {@code Host}: lower case, an IPv6 address in brackets.
     *
     * @throws IllegalArgumentException for an empty name, one with a port (the preview's own port
     *                                  is meant), or one that no browser would send
     */
    public static String hostName(String given) {
        String name = given.strip().toLowerCase(Locale.ROOT);
        String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a host name is empty");
        }
        if (IPV6.matcher(bare).matches() && bare.indexOf(':') != bare.lastIndexOf(':')) {
            return "[" + bare + "]";
        }
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'" + given + "' has a port; give the name alone, the preview's own"
                    + " port is added to it");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + given + "' is not a host name (letters, digits, dots and"
                    + " hyphens; a name in other letters as its xn-- form)");
        }
        return name;
    }

    /**
     * The address an editor gives to listen on: an IP address ({@code 192.168.1.20},
     * {@code 0.0.0.0}, {@code fe80::1} or {@code [fe80::1]}), or {@code localhost}. Names are not
     * looked up: a listening address is this machine's own, and a name that resolves elsewhere
     * (or slowly) would only fail later.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static InetAddress listenAddress(String given) {
        String text = given.strip();
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (literal.equalsIgnoreCase("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (IPV4.matcher(literal).matches() || IPV6.matcher(literal.toLowerCase(Locale.ROOT)).matches()) {
            try {
                return InetAddress.getByName(literal); // a literal: parsed, not looked up
            } catch (UnknownHostException e) {
                // not a valid one after all
            }
        }
        throw new IllegalArgumentException("'" + given + "' is not an IP address (such as 192.168.1.20, or 0.0.0.0"
                + " for every network)");
    }

    /** Every name the preview answers to: its own, the address it listens on, and the extra ones. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>(OWN_NAMES);
        if (!bind.isAnyLocalAddress()) {
            names.add(hostName(bind.getHostAddress().replaceFirst("%.*", "")));
        }
        names.addAll(extraHosts);
        return names;
    }

    /**
     * Whether a request whose {@code Host} header is {@code host} (null when there is none) is
     * for one of {@code names} at {@code port}, the port the preview actually listens on.
     * Browsers leave out port 80, so there the bare name counts as well.
     */
    static boolean admits(Set<String> names, int port, String host) {
        if (host == null) {
            return false;
        }
        String asked = host.strip().toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (asked.equals(name + ":" + port) || (port == 80 && asked.equals(name))) {
                return true;
            }
        }
        return false;
    }
}
