package dev.galley.cli;

/**
 * The command line was used wrongly. The message says how, and is printed as {@code galley: <message>}
 * followed by the usage of {@link #syntax()}; the exit code is 2.
 */
final class UsageException extends RuntimeException {

    private final transient Syntax syntax;

    UsageException(Syntax syntax, String message) {
        // No stack trace: it is never printed, and this is the ordinary answer to a typo.
        super(message, null, false, false);
        this.syntax = syntax;
    }

    /** The command whose usage the user should see. */
    Syntax syntax() {
        return syntax;
    }
}
