package dev.galley.core.diagnostic;

import dev.galley.core.model.SourcePos;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkflowCommandsTest {

    @Test
    void eachProblemIsAnAnnotationOnItsLineWithFilesFromTheRepositorysRoot() {
        Path root = Path.of("/home/runner/work/desk").toAbsolutePath();
        List<Diagnostic> problems = List.of(
                new Diagnostic(Severity.ERROR, root.resolve("briefings/quays.md").toString(), new SourcePos(12, 7),
                        "link-broken", "the link 'ferry.md' leads to no file"),
                new Diagnostic(Severity.WARNING, "galley.yaml", new SourcePos(3, 11), "style-contrast",
                        "link #7fb2e5 on background #ffffff: 2.23:1, 100% wrong\nsecond line"));
        assertEquals("::error file=briefings/quays.md,line=12,col=7,title=[link-broken]::the link 'ferry.md' leads"
                        + " to no file\n"
                        + "::warning file=galley.yaml,line=3,col=11,title=[style-contrast]::link #7fb2e5 on background"
                        + " #ffffff: 2.23:1, 100%25 wrong%0Asecond line\n",
                WorkflowCommands.of(problems, root));
    }

    @Test
    void propertiesEscapeTheirSeparators() {
        Diagnostic odd = new Diagnostic(Severity.ERROR, "briefings/a,b:c.md", new SourcePos(1, 1), "x", "m");
        assertEquals("::error file=briefings/a%2Cb%3Ac.md,line=1,col=1,title=[x]::m\n",
                WorkflowCommands.of(List.of(odd), Path.of("/elsewhere")));
    }
}
