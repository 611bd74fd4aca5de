package dev.galley.core.diagnostic;

import java.util.Locale;

/** How bad a problem is. Any {@link #ERROR} fails the build after all problems are reported. */
public enum Severity {
    WARNING, ERROR;

    /** The word printed in a diagnostic line, as compilers print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
