package dev.galley.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of Galley itself. */
public final class Galley {

    private static final String VERSION = load();

    private Galley() {
    }

    /** Galley's version, as recorded in outputs (PDF producer, site generator). */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Galley.class.getResourceAsStream("galley.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
