package dev.galley.core.publish;

import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;

import java.io.IOException;

/**
 * Turns the whole site into one kind of output (the microsite, the print briefings). Renderers
 * see only Galley's model, never source files, and do not know each other: they link to each
 * other's output through the path conventions on {@link Site}.
 */
public interface Renderer {

    /** A short name for logs and progress, such as {@code html}. */
    String name();

    /**
     * Renderers run in ascending order, then by name. Those whose outputs others describe (the
     * print PDF, whose size and page count the web page shows) come first.
     */
    default int order() {
        return 100;
    }

    /**
     * Loads what every build of a site in {@code config}'s language needs, whatever its briefings
     * hold (fonts, hyphenation patterns, the built-in templates), into this JVM's caches. Called
     * once per publisher, on a thread of its own while the briefings are read, so that a short
     * build's start-up uses both cores (renderers in turn; once rendering starts, those not begun
     * on a second thread). Must not report anything and may give up silently:
     * {@link #render} loads and reports as it always does, finding the work done or not.
     */
    default void prepare(SiteConfig config) {
    }

    /**
     * Writes this renderer's output through {@code context}. Problems in the content (a character
     * no font has) are reported through the context and rendering goes on; an exception means the
     * renderer itself could not go on, and fails the build with the previous output untouched.
     */
    void render(Site site, RenderContext context) throws IOException;
}
