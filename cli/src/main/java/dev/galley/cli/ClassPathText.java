package dev.galley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text file this build of Galley carries on its class path (the desk template, the training briefing). */
final class ClassPathText {

    private ClassPathText() {
    }

    /** The UTF-8 text of {@code resource}, an absolute class-path name; missing means a broken build. */
    static String read(String resource) {
        try (InputStream in = ClassPathText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from this build of Galley");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
