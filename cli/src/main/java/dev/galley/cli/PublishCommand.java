package dev.galley.cli;

import dev.galley.core.publish.PublishReport;
import dev.galley.core.publish.PublishRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code galley publish}: writes the site and the PDFs, or nothing if anything is wrong. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish the content folder as a microsite with a PDF per briefing.")
final class PublishCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PublishRequest request = options.request();
        PublishReport report = options.publisher(spec.commandLine().getErr()).publish(request);
        int code = options.report(report, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (code == 0 && !options.quiet) {
            spec.commandLine().getOut().println("galley: open " + request.outputDir().resolve("index.html"));
        }
        return code;
    }
}
