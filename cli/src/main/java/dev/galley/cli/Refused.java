package dev.galley.cli;

/**
 * A command that would overwrite or misplace something, stopped before writing anything. Printed
 * as {@code galley: <message>}, without the usage (the command line was right); the exit code is 2.
 */
final class Refused extends RuntimeException {

    Refused(String message) {
        super(message, null, false, false);
    }
}
