package dev.galley.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command accepts, and what its help says about it.
 *
 * @param invocation what a user types to run it: {@code galley publish}
 * @param operand    the one argument that is not an option ({@code CONTENT-DIR}), or null for none
 * @param commands   the commands under this one; when there are any, the operand names one of them
 *                   and everything after it is that command's
 */
record Syntax(String invocation, String description, List<Option> options, Operand operand, List<Syntax> commands) {

    /** The argument that is not an option; every command here takes at most one. */
    record Operand(String label, String description) {
    }

    /** A command with the given options plus {@code -h/--help} and {@code -V/--version}, as every command has. */
    static Syntax of(String invocation, String description, Operand operand, List<Option> options,
                     List<Syntax> commands) {
        List<Option> all = new ArrayList<>(options);
        all.add(Option.HELP);
        all.add(Option.VERSION);
        return new Syntax(invocation, description, List.copyOf(all), operand, List.copyOf(commands));
    }

    static Syntax of(String invocation, String description, Operand operand, List<Option> options) {
        return of(invocation, description, operand, options, List.of());
    }

    /** The last word of the invocation: {@code publish}. */
    String name() {
        return invocation.substring(invocation.lastIndexOf(' ') + 1);
    }

    /** The option with this exact name, or null. */
    Option option(String name) {
        for (Option option : options) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        return null;
    }

    /** The command under this one with this name, or null. */
    Syntax command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether {@code arg} is one of this command's options, alone or as {@code --name=value}. */
    boolean isOption(String arg) {
        int equals = arg.indexOf('=');
        return option(arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg) != null;
    }
}
