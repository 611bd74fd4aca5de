package dev.galley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code galley check}: reports every problem, writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report every problem in the content folder without writing anything.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var report = options.publisher(spec.commandLine().getErr()).check(options.request());
        return options.report(report, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
