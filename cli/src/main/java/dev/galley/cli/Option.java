package dev.galley.cli;

import java.util.List;

/**
 * One option of a command: its names ({@code -q}, {@code --quiet}), the label of its value
 * ({@code DIR} in {@code --out=DIR}; null for a flag) and its line in the help.
 *
 * @param hidden     left out of the help, but accepted
 * @param repeatable may be given more than once, each value kept; any other option given twice
 *                   is a mistake worth reporting ({@code --out a --out b})
 */
record Option(List<String> names, String label, String description, boolean hidden, boolean repeatable) {

    static final Option HELP = flag("Show this help message and exit.", "-h", "--help");
    static final Option VERSION = flag("Print version information and exit.", "-V", "--version");

    /** A flag: on when named, or set with {@code --name=true|false}. */
    static Option flag(String description, String... names) {
        return new Option(List.of(names), null, description, false, false);
    }

    /**
     * An option with a value, given as {@code --name VALUE} or {@code --name=VALUE}. It has a long
     * name only, so that a cluster of short names such as {@code -qh} is always flags.
     */
    static Option value(String name, String label, String description) {
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("an option with a value has a long name only: " + name);
        }
        return new Option(List.of(name), label, description, false, false);
    }

    /** This option, accepted more than once, every value kept. */
    Option givenAnyNumberOfTimes() {
        return new Option(names, label, description, hidden, true);
    }

    /** This option, accepted more than once but not shown in the help. */
    Option hiddenAndRepeatable() {
        return new Option(names, label, description, true, true);
    }

    boolean takesValue() {
        return label != null;
    }

    /** The {@code --name}, or null if there is only a short one. */
    String longName() {
        return names.stream().filter(n -> n.startsWith("--")).findFirst().orElse(null);
    }

    /** The {@code -x}, or null if there is only a long one. */
    String shortName() {
        return names.stream().filter(n -> !n.startsWith("--")).findFirst().orElse(null);
    }

    /** The name used in messages: the long one if there is one. */
    String name() {
        String name = longName();
        return name != null ? name : shortName();
    }
}
