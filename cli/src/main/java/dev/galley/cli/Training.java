package dev.galley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The launcher's training run, {@code galley train DIR} (not in the help): writes the desk
 * {@code galley new desk} starts with into DIR, adds a briefing with the constructs that one leaves
 * out, then publishes and checks it, so that the JVM records what a build loads and runs for its
 * class-data archive or AOT cache, whatever the user's own first command is. The launcher
 * deletes DIR afterwards.
 */
final class Training {

    static final String COMMAND = "train";

    private Training() {
    }

    static int run(List<String> operands, PrintWriter out, PrintWriter err, Clock clock) throws IOException {
        if (operands.size() != 1) {
            err.println("galley: train needs the one folder to train in");
            return 2;
        }
        Path dir = Path.of(operands.get(0));
        Path desk = dir.resolve("desk");
        new DeskTemplate("Training", "en", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).write(desk);
        Files.writeString(desk.resolve("briefings/constructs.md"), resource("constructs.md"));
        String site = dir.resolve("site").toString();
        // The cache as a publish keeps it by default, since most runs have one.
        int published = GalleyCommand.run(new String[] {"publish", desk.toString(), "--out", site, "--quiet"},
                out, err, clock);
        int checked = GalleyCommand.run(new String[] {"check", desk.toString(), "--quiet"}, out, err, clock);
        return Math.max(published, checked);
    }

    private static String resource(String name) {
        try (InputStream in = Training.class.getResourceAsStream("training/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the training briefing " + name + " is missing from this build of Galley");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
