package dev.galley.core.diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}),
 * which a workflow's log turns into annotations on the pull request's lines. Values are escaped
 * as the runner reads them: {@code %}, carriage returns and line feeds everywhere, and {@code :}
 * and {@code ,} in properties too. File paths are made relative to {@code workspace} (the
 * repository's root, where a workflow runs) when they lie under it, since annotations name files
 * from there.
 */
public final class WorkflowCommands {

    private WorkflowCommands() {
    }

    /** One line per diagnostic, each ending with a line feed. */
    public static String of(List<Diagnostic> diagnostics, Path workspace) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append("::").append(d.isError() ? "error" : "warning")
                    .append(" file=").append(property(RepositoryPaths.relative(d.file(), workspace)))
                    .append(",line=").append(d.pos().line())
                    .append(",col=").append(d.pos().column())
                    .append(",title=").append(property("[" + d.code() + "]"))
                    .append("::").append(data(d.message())).append('\n');
        }
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
