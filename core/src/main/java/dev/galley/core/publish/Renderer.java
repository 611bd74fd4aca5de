package dev.galley.core.publish;

import dev.galley.core.model.Site;

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
     * Writes this renderer's output through {@code context}. Problems in the content (a character
     * no font has) are reported through the context and rendering goes on; an exception means the
     * renderer itself could not go on, and fails the build with the previous output untouched.
     */
    void render(Site site, RenderContext context) throws IOException;
}
