package dev.galley.cli;

import dev.galley.core.Galley;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code galley}: the command line. Exit codes: 0 success, 1 problems in the content, 2 wrong
 * usage or a build that could not run.
 */
@Command(name = "galley", mixinStandardHelpOptions = true, versionProvider = GalleyCommand.Version.class,
        description = "Publishes Markdown briefings as an HTML microsite and print-ready PDFs.",
        subcommands = {PublishCommand.class, CheckCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class GalleyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: publish, check or serve");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new GalleyCommand())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> 2);
        commandLine.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("galley: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("galley: " + e);
            return 2;
        });
        return commandLine.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"galley " + Galley.version()};
        }
    }
}
