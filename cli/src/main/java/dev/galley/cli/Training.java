package dev.galley.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
        Path dir = operands.size() == 1 ? Path.of(operands.get(0)) : null;
        if (dir == null || !isEmptyFolder(dir)) {
            // the launcher's own: it writes a desk and a site into the folder it is given
            err.println("galley: train needs one empty folder to train in");
            return 2;
        }
        Path desk = dir.resolve("desk");
        new DeskTemplate("Training", "en", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).write(desk);
        Files.writeString(desk.resolve("briefings/constructs.md"), ClassPathText.read("/dev/galley/cli/training/constructs.md"));
        String site = dir.resolve("site").toString();
        // The cache as a publish keeps it by default, since most runs have one.
        int published = GalleyCommand.run(new String[] {"publish", desk.toString(), "--out", site, "--quiet"},
                out, err, clock);
        int checked = GalleyCommand.run(new String[] {"check", desk.toString(), "--quiet"}, out, err, clock);
        return Math.max(published, checked);
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
