package dev.galley.cli;

import dev.galley.core.publish.BuildContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line parsed against a command's {@link Syntax}, with typed reads of what was given.
 * Accepts {@code --out DIR} and {@code --out=DIR}, clusters of short flags ({@code -qh}), and
 * {@code --} to end the options; anything wrong is a {@link UsageException} naming the problem.
 *
 * <p>Written by hand instead of using picocli, for start-up time. {@code galley --version} took
 * 0.40 s where a hello-world JVM takes 0.13 s; class-load logging put 200-230 ms of every run on
 * picocli: 174 classes compiled for Java 5, which class-data sharing cannot archive, and the
 * reflective reading of its annotation model. The aim is a whole publish of the seed in 0.6 s
 * (it was about 1.06 s), so this was the largest piece. Galley has four commands and a dozen
 * options; this parser and its help text are a few small classes with no reflection or
 * annotations. Measured side by side on a 2-core machine after the change: {@code --version}
 * 0.16-0.20 s against 0.35-0.47 s with picocli (hello world: 0.11-0.14 s).
 */
final class Arguments {

    private final Syntax syntax;
    private final Map<Option, List<String>> values = new HashMap<>();
    private final List<String> operands = new ArrayList<>();
    private boolean help;
    private boolean version;

    private Arguments(Syntax syntax) {
        this.syntax = syntax;
    }

    /**
     * Parses {@code args} for {@code syntax}. For a command with commands under it, parsing stops at
     * the first operand: it and everything after it are {@link #operands()}, for that command.
     *
     * <p>Asking for help or the version always gets it, even beside a mistake (picocli did so for
     * unknown options): the mistake is often what sent the user to {@code -h}. So a mistake is kept,
     * parsing goes on, and it is thrown only if neither was asked for.
     */
    static Arguments parse(Syntax syntax, List<String> args) {
        Arguments parsed = new Arguments(syntax);
        Deque<String> rest = new ArrayDeque<>(args);
        UsageException mistake = null;
        boolean optionsEnded = false;
        while (!rest.isEmpty()) {
            String arg = rest.poll();
            try {
                if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                    if (!syntax.commands().isEmpty()) {
                        parsed.operands.add(arg);
                        parsed.operands.addAll(rest);
                        break;
                    }
                    parsed.operand(arg);
                } else if (arg.equals("--")) {
                    optionsEnded = true;
                } else if (arg.startsWith("--")) {
                    parsed.longOption(arg, rest);
                } else {
                    parsed.shortFlags(arg);
                }
            } catch (UsageException e) {
                if (mistake == null) {
                    mistake = e;
                }
            }
        }
        if (mistake != null && !parsed.help && !parsed.version) {
            throw mistake;
        }
        return parsed;
    }

    private void operand(String arg) {
        if (syntax.operand() == null || !operands.isEmpty()) {
            throw usage("unexpected argument '" + arg + "'" + (syntax.operand() == null ? ""
                    : " (" + syntax.name() + " takes one " + syntax.operand().label() + ")"));
        }
        operands.add(arg);
    }

    /** {@code --name}, {@code --name VALUE} or {@code --name=VALUE}. */
    private void longOption(String arg, Deque<String> rest) {
        int equals = arg.indexOf('=');
        String name = equals > 0 ? arg.substring(0, equals) : arg;
        Option option = syntax.option(name);
        if (option == null) {
            throw usage("unknown option '" + name + "'");
        }
        if (equals > 0) {
            set(option, arg.substring(equals + 1));
        } else if (!option.takesValue()) {
            set(option, "true");
        } else {
            // A value may start with '-' (--threads -1), but not be one of this command's options:
            // "--out --drafts" is a forgotten DIR, not a folder called --drafts.
            String value = rest.peek();
            if (value == null || value.equals("--") || syntax.isOption(value)) {
                throw usage("missing " + option.label() + " for option '" + name + "'"
                        + (value == null ? "" : " (found '" + value + "')"));
            }
            set(option, rest.poll());
        }
    }

    /** {@code -q}, or several at once: {@code -qh}. Only flags have short names. */
    private void shortFlags(String arg) {
        for (int i = 1; i < arg.length(); i++) {
            String name = "-" + arg.charAt(i);
            Option option = syntax.option(name);
            if (option == null) {
                throw usage("unknown option '" + name + "'" + (arg.length() > 2 ? " (in '" + arg + "')" : ""));
            }
            set(option, "true");
        }
    }

    private void set(Option option, String value) {
        if (!option.takesValue() && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw invalid(option, "'" + value + "' is not true or false");
        }
        if (option == Option.HELP) {
            help = Boolean.parseBoolean(value);
            return;
        }
        if (option == Option.VERSION) {
            version = Boolean.parseBoolean(value);
            return;
        }
        List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
        if (!given.isEmpty() && !option.repeatable()) {
            throw usage("option '" + option.name() + "' should be given only once");
        }
        given.add(value);
    }

    Syntax syntax() {
        return syntax;
    }

    boolean help() {
        return help;
    }

    boolean version() {
        return version;
    }

    /** The operand, or for a command with commands under it: the command's name and its arguments. */
    List<String> operands() {
        return List.copyOf(operands);
    }

    /** The operand as a path, or {@code otherwise} if none was given. */
    Path operandPath(String otherwise) {
        String text = operands.isEmpty() ? otherwise : operands.get(0);
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw usage("invalid " + syntax.operand().label() + ": '" + text + "' is not a path (" + e.getReason() + ")");
        }
    }

    boolean flag(String name) {
        String value = last(name);
        return value != null && Boolean.parseBoolean(value);
    }

    /** The value of option {@code name}, or null if it was not given. */
    String text(String name) {
        return last(name);
    }

    /** The value of option {@code name} as a path, or null if it was not given. */
    Path path(String name) {
        String value = last(name);
        try {
            return value == null ? null : Path.of(value);
        } catch (InvalidPathException e) {
            throw invalid(option(name), "'" + value + "' is not a path (" + e.getReason() + ")");
        }
    }

    /** Every value of option {@code name}, each split at commas: {@code --only html,pdf}. */
    List<String> list(String name) {
        List<String> all = new ArrayList<>();
        for (String value : values.getOrDefault(option(name), List.of())) {
            for (String part : value.split(",")) {
                if (!part.isEmpty()) {
                    all.add(part);
                }
            }
        }
        return all;
    }

    /** The value of option {@code name} as an int, or {@code otherwise} if it was not given. */
    int integer(String name, int otherwise, int min, int max) {
        String value = last(name);
        if (value == null) {
            return otherwise;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(option(name), "'" + value + "' is "
                    + (value.matches("[+-]?[0-9]+") ? "out of range" : "not a whole number"));
        }
        if (number < min || number > max) {
            throw invalid(option(name), "'" + value + "' is out of range (" + min + " to " + max + ")");
        }
        return number;
    }

    /** The value of option {@code name} as one of {@code choices} (by exact name), or {@code otherwise}. */
    <E extends Enum<E>> E choice(String name, E[] choices, E otherwise) {
        String value = last(name);
        if (value == null) {
            return otherwise;
        }
        List<String> names = new ArrayList<>();
        for (E choice : choices) {
            if (choice.name().equals(value)) {
                return choice;
            }
            names.add(choice.name());
        }
        throw invalid(option(name), "'" + value + "' is not one of " + String.join(", ", names));
    }

    /** The value of option {@code name} read as core reads every moment, or null if it was not given. */
    Instant instant(String name) {
        String value = last(name);
        return value == null ? null : BuildContext.parseInstant(value).orElseThrow(() -> invalid(option(name),
                "'" + value + "' is not a date-time with a zone (2026-12-01T09:00:00Z) nor seconds since 1970"));
    }

    private String last(String name) {
        List<String> given = values.get(option(name));
        return given == null || given.isEmpty() ? null : given.get(given.size() - 1);
    }

    private Option option(String name) {
        Option option = syntax.option(name);
        if (option == null) {
            throw new IllegalArgumentException(syntax.invocation() + " has no option " + name);
        }
        return option;
    }

    private UsageException invalid(Option option, String why) {
        return usage("invalid value for option '" + option.name() + "': " + why);
    }

    private UsageException usage(String message) {
        return new UsageException(syntax, message);
    }
}
