package dev.galley.cli;

import dev.galley.core.Galley;

import dev.galley.core.publish.BuildContext;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * {@code galley}: the command line. Exit codes: 0 success, 1 problems in the content, 2 wrong
 * usage or a build that could not run.
 */
public final class GalleyCommand {

    private static final List<Command> COMMANDS = List.of(new PublishCommand(), new CheckCommand(), new ServeCommand());

    static final Syntax HELP = Syntax.of("galley help", "Display help information about the specified command.",
            new Syntax.Operand("COMMAND",
                    "The COMMAND to display the usage help message for (default: galley's own)."), List.of());

    static final Syntax GALLEY = Syntax.of("galley",
            "Publishes Markdown briefings as an HTML microsite and print-ready PDFs.",
            new Syntax.Operand("COMMAND", "The command to run."), List.of(),
            List.of(PublishCommand.SYNTAX, CheckCommand.SYNTAX, ServeCommand.SYNTAX, NewCommand.SYNTAX, HELP));

    private GalleyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Clock clock = BuildContext.sourceDateEpoch().map(at -> Clock.fixed(at, ZoneOffset.UTC)).orElse(Clock.systemUTC());
        return run(args, out, err, clock);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}, with the clock that dates what
     * {@code galley new} writes (a test's stand-in for {@code SOURCE_DATE_EPOCH}).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        try {
            Arguments galley = Arguments.parse(GALLEY, Arrays.asList(args));
            if (answered(galley, out)) {
                return 0;
            }
            List<String> rest = galley.operands();
            if (rest.isEmpty()) {
                throw new UsageException(GALLEY, "say what to do: publish, check, serve or new");
            }
            if (rest.get(0).equals(Training.COMMAND)) {
                return Training.run(rest.subList(1, rest.size()), out, err, clock);
            }
            Syntax syntax = command(rest.get(0));
            Arguments arguments = Arguments.parse(syntax, rest.subList(1, rest.size()));
            if (answered(arguments, out)) {
                return 0;
            }
            if (syntax == HELP) {
                List<String> about = arguments.operands();
                out.print(Usage.of(about.isEmpty() ? GALLEY : command(about.get(0))));
                return 0;
            }
            if (syntax == NewCommand.SYNTAX) {
                return new NewCommand(clock).run(arguments, out, err);
            }
            for (Command command : COMMANDS) {
                if (command.syntax() == syntax) {
                    return command.run(arguments, out, err);
                }
            }
            throw new IllegalStateException("no command for " + syntax.invocation());
        } catch (UsageException e) {
            err.println("galley: " + e.getMessage());
            err.print(Usage.of(e.syntax()));
            return 2;
        } catch (Exception e) {
            // A build that could not run: one line, no stack trace, as for any other failure here.
            err.println("galley: " + e);
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints the help or the version if either was asked for, and says whether it was. */
    static boolean answered(Arguments arguments, PrintWriter out) {
        if (arguments.help()) {
            out.print(Usage.of(arguments.syntax()));
            return true;
        }
        if (arguments.version()) {
            out.println("galley " + Galley.version());
            return true;
        }
        return false;
    }

    private static Syntax command(String name) {
        Syntax syntax = GALLEY.command(name);
        if (syntax == null) {
            throw new UsageException(GALLEY, "unknown command '" + name + "'");
        }
        return syntax;
    }
}
