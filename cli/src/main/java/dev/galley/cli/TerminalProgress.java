package dev.galley.cli;

import dev.galley.core.publish.Progress;

import java.io.PrintWriter;

/**
 * A one-line progress display for builds that take more than a moment, drawn on the terminal's
 * error stream and only when there is a terminal (never in CI logs).
 */
final class TerminalProgress implements Progress {

    /** Quick builds show nothing. */
    private static final long QUIET_NANOS = 700_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long drawn;
    private boolean visible;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void step(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now - started < QUIET_NANOS || (now - drawn < REDRAW_NANOS && done < total)) {
            return;
        }
        drawn = now;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        err.print("\r" + String.format("%-6s [%s%s] %d/%d", stage, "#".repeat(filled), ".".repeat(width - filled), done, total));
        err.flush();
        visible = true;
    }

    /** Clears the line before the summary is printed. */
    synchronized void finish() {
        if (visible) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
