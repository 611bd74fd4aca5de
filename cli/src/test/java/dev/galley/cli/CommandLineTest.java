package dev.galley.cli;

import dev.galley.core.Galley;
import dev.galley.core.serve.PreviewAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.galley.cli.Run.galley;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line itself: parsing, usage errors, help and version. Nothing here publishes. */
class CommandLineTest {

    private static BuildOptions publishOptions(String... args) {
        return new BuildOptions(Arguments.parse(PublishCommand.SYNTAX, List.of(args)));
    }

    /** Each wrong use: exit 2, nothing on stdout, the problem named on stderr, then that command's usage. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                              | galley: say what to do: publish, check, serve or new | galley
            bogus                           | galley: unknown command 'bogus'                  | galley
            help bogus                      | galley: unknown command 'bogus'                  | galley
            --bogus                         | galley: unknown option '--bogus'                 | galley
            publish --bogus                 | galley: unknown option '--bogus'                 | galley publish
            check --bogus=1                 | galley: unknown option '--bogus'                 | galley check
            publish -x                      | galley: unknown option '-x'                      | galley publish
            publish -qx                     | galley: unknown option '-x' (in '-qx')           | galley publish
            publish --out                   | galley: missing DIR for option '--out'           | galley publish
            publish --out --drafts          | galley: missing DIR for option '--out' (found '--drafts') | galley publish
            publish --out -q                | galley: missing DIR for option '--out' (found '-q') | galley publish
            check --format                  | galley: missing FORMAT for option '--format'     | galley check
            publish --threads x             | galley: invalid value for option '--threads': 'x' is not a whole number | galley publish
            publish --threads=x             | galley: invalid value for option '--threads': 'x' is not a whole number | galley publish
            publish --threads 99999999999   | galley: invalid value for option '--threads': '99999999999' is out of range | galley publish
            publish --threads -1            | galley: invalid value for option '--threads': '-1' is out of range (0 to 1024) | galley publish
            serve --port 70000              | galley: invalid value for option '--port': '70000' is out of range (0 to 65535) | galley serve
            serve --port x                  | galley: invalid value for option '--port': 'x' is not a whole number | galley serve
            publish --format xml            | galley: invalid value for option '--format': 'xml' is not one of text, json, github, sarif | galley publish
            publish --format=JSON           | galley: invalid value for option '--format': 'JSON' is not one of text, json, github, sarif | galley publish
            publish --now tomorrow          | galley: invalid value for option '--now': 'tomorrow' is not a date-time with a zone (2026-12-01T09:00:00Z) nor seconds since 1970 | galley publish
            publish --drafts=maybe          | galley: invalid value for option '--drafts': 'maybe' is not true or false | galley publish
            publish a b                     | galley: unexpected argument 'b' (publish takes one CONTENT-DIR) | galley publish
            help publish check              | galley: unexpected argument 'check' (help takes one COMMAND) | galley help
            publish --out a --out b         | galley: option '--out' should be given only once | galley publish
            publish -q --quiet              | galley: option '--quiet' should be given only once | galley publish
            publish -q --verbose            | galley: options '--quiet' and '--verbose' contradict each other | galley publish
            serve -v                        | galley: unknown option '-v'                      | galley serve
            publish --allow-host desk.lan   | galley: unknown option '--allow-host'            | galley publish
            serve --allow-host desk.lan:8080 | galley: invalid value for option '--allow-host': 'desk.lan:8080' has a port; give the name alone, the preview's own port is added to it | galley serve
            serve --allow-host=desk/x       | galley: invalid value for option '--allow-host': 'desk/x' is not a host name (letters, digits, dots and hyphens; a name in other letters as its xn-- form) | galley serve
            serve --bind desk.lan           | galley: invalid value for option '--bind': 'desk.lan' is not an IP address (such as 192.168.1.20, or 0.0.0.0 for every network) | galley serve
            serve --bind 300.1.1.1          | galley: invalid value for option '--bind': '300.1.1.1' is not an IP address (such as 192.168.1.20, or 0.0.0.0 for every network) | galley serve
            serve --bind 0.0.0.0 --bind ::  | galley: option '--bind' should be given only once | galley serve
            new                             | galley: say what to start: desk or briefing      | galley new
            new shelf                       | galley: unknown kind 'shelf' (desk or briefing)  | galley new
            """)
    void wrongUseExitsWithTwoAndSaysWhat(String args, String message, String usage) {
        Run run = galley(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        Syntax syntax = usage.equals("galley") ? GalleyCommand.GALLEY
                : GalleyCommand.GALLEY.command(usage.substring("galley ".length()));
        assertEquals(message + "\n" + Usage.of(syntax), run.err());
    }

    @Test
    @Timeout(60)
    void aFailureInsideACommandIsOneLineAndExitsWithTwo() throws IOException {
        // A port another program holds: the preview cannot start.
        Path empty = Files.createTempDirectory("galley-cli");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = galley("serve", empty.toString(), "--out", empty.resolve("site").toString(),
                    "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.code(), run.out() + run.err());
            assertTrue(run.err().startsWith("galley: java.net.BindException"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @Test
    void bothFormsOfAValueMeanTheSame() {
        String[][] pairs = {
                {"--out", "site"}, {"--cache", "c"}, {"--threads", "3"}, {"--format", "json"},
                {"--now", "2026-12-01T09:00:00Z"}, {"--only", "html"}};
        for (String[] pair : pairs) {
            BuildOptions spaced = publishOptions(pair[0], pair[1]);
            BuildOptions joined = publishOptions(pair[0] + "=" + pair[1]);
            assertEquals(describe(spaced), describe(joined), pair[0]);
            assertFalse(describe(spaced).equals(describe(publishOptions())), pair[0] + " changed nothing");
        }
    }

    private static String describe(BuildOptions o) {
        return List.of(o.contentDir, String.valueOf(o.outputDir), String.valueOf(o.cacheDir), o.noCache, o.only,
                o.includeDrafts, o.failOnWarnings, o.threads, String.valueOf(o.now), o.format, o.quiet).toString();
    }

    @Test
    void everyOptionIsRead() {
        BuildOptions o = publishOptions("content", "--out", "site", "--cache=c", "--no-cache", "--only", "html,pdf",
                "--only=x", "--drafts", "--fail-on-warnings", "--threads", "3", "--now", "1780304400", "--format",
                "json", "-q");
        assertEquals(Path.of("content"), o.contentDir);
        assertEquals(Path.of("site"), o.outputDir);
        assertEquals(Path.of("c"), o.cacheDir);
        assertTrue(o.noCache && o.includeDrafts && o.failOnWarnings && o.quiet);
        assertEquals(List.of("html", "pdf", "x"), o.only);
        assertEquals(3, o.threads);
        assertEquals(Path.of("-site"), publishOptions("--out", "-site").outputDir,
                "a value may start with '-' when it is not an option");
        assertEquals(Instant.ofEpochSecond(1780304400), o.now);
        assertEquals(BuildOptions.Format.json, o.format);

        BuildOptions defaults = publishOptions();
        assertEquals(Path.of("."), defaults.contentDir);
        assertTrue(defaults.outputDir == null && defaults.cacheDir == null && defaults.now == null);
        assertTrue(defaults.only.isEmpty() && !defaults.quiet && !defaults.noCache && defaults.threads == 0);
        assertEquals(BuildOptions.Format.text, defaults.format);
        assertFalse(publishOptions("--drafts=false").includeDrafts);
        assertTrue(publishOptions("--drafts=TRUE").includeDrafts);
    }

    @Test
    void publishAndCheckTakeVerboseAndSayWhatItDoes() {
        for (Syntax syntax : List.of(PublishCommand.SYNTAX, CheckCommand.SYNTAX)) {
            assertTrue(Arguments.parse(syntax, List.of("-v")).flag("--verbose"), syntax.invocation());
            assertTrue(Usage.of(syntax).contains(
                    "  -v, --verbose            Name the files skipped as hidden or editor files.\n"), Usage.of(syntax));
        }
        assertTrue(publishOptions("--verbose").verbose);
        assertFalse(publishOptions().verbose);
    }

    @Test
    void allowHostIsRepeatableAndTakesCommas() {
        Arguments parsed = Arguments.parse(ServeCommand.SYNTAX,
                List.of("--allow-host", "desk.lan", "--allow-host=a.lan,b.lan", "--bind", "0.0.0.0"));
        assertEquals(List.of("desk.lan", "a.lan", "b.lan"), parsed.list("--allow-host"));
        PreviewAccess access = ServeCommand.access(parsed);
        assertEquals(List.of("desk.lan", "a.lan", "b.lan"), access.extraHosts());
        assertTrue(access.bind().isAnyLocalAddress(), access.bind().toString());

        PreviewAccess defaults = ServeCommand.access(Arguments.parse(ServeCommand.SYNTAX, List.of("--port", "8080")));
        assertEquals(PreviewAccess.loopback(8080), defaults, "127.0.0.1 and its own names only");
        assertEquals("[fe80::1]", ServeCommand.access(Arguments.parse(ServeCommand.SYNTAX,
                List.of("--bind", "[fe80::1]", "--allow-host", "FE80::1"))).extraHosts().get(0));
    }

    @Test
    void shortFlagsCombine() {
        Arguments parsed = Arguments.parse(PublishCommand.SYNTAX, List.of("-qh"));
        assertTrue(parsed.help());
        assertTrue(parsed.flag("--quiet"));
        assertTrue(Arguments.parse(PublishCommand.SYNTAX, List.of("-hq")).flag("--quiet"));
        assertEquals(Usage.of(PublishCommand.SYNTAX), galley("publish", "-qh").out());
        assertEquals("galley " + Galley.version() + "\n", galley("publish", "-qV").out());
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertEquals(Path.of("--out"), publishOptions("--", "--out").contentDir);
        assertEquals(Path.of("-h"), publishOptions("-q", "--", "-h").contentDir);
        assertEquals(Path.of("-"), publishOptions("-").contentDir, "a lone dash is an operand");
        assertFalse(Arguments.parse(PublishCommand.SYNTAX, List.of("--", "-h")).help());
        UsageException twice = assertThrows(UsageException.class, () -> publishOptions("--", "a", "b"));
        assertEquals("unexpected argument 'b' (publish takes one CONTENT-DIR)", twice.getMessage());
        // The command's own "--" is left to it.
        Arguments galley = Arguments.parse(GalleyCommand.GALLEY, List.of("publish", "--", "-h"));
        assertFalse(galley.help());
        assertEquals(List.of("publish", "--", "-h"), galley.operands());
    }

    @Test
    void versionEverywhere() {
        String version = "galley " + Galley.version() + "\n";
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"-V", "publish"},
                new String[] {"publish", "--version"}, new String[] {"check", "-V"}, new String[] {"serve", "-V"})) {
            Run run = galley(args);
            assertEquals(0, run.code(), Arrays.toString(args));
            assertEquals(version, run.out(), Arrays.toString(args));
            assertEquals("", run.err());
        }
    }

    @Test
    void helpEverywhereOnStdout() {
        String galley = Usage.of(GalleyCommand.GALLEY);
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"},
                new String[] {"--help", "publish"}, new String[] {"--version", "--help"}, new String[] {"-Vh"})) {
            Run run = galley(args);
            assertEquals(0, run.code(), Arrays.toString(args));
            assertEquals(galley, run.out(), Arrays.toString(args));
            assertEquals("", run.err());
        }
        for (String command : List.of("publish", "check", "serve", "help")) {
            String usage = Usage.of(GalleyCommand.GALLEY.command(command));
            assertEquals(new Run(0, usage, ""), galley("help", command));
            assertEquals(new Run(0, usage, ""), galley(command, "--help"));
            assertEquals(new Run(0, usage, ""), galley(command, "-h"));
        }
    }

    @Test
    void askingForHelpBeatsAMistake() {
        assertEquals(new Run(0, Usage.of(PublishCommand.SYNTAX), ""), galley("publish", "--bogus", "-h"));
        assertEquals(new Run(0, Usage.of(PublishCommand.SYNTAX), ""), galley("publish", "--threads", "x", "--help"));
        assertEquals(new Run(0, Usage.of(GalleyCommand.GALLEY), ""), galley("-h", "--bogus"));
    }

    @Test
    void theTopLevelHelp() {
        assertEquals("""
                Usage: galley [-hV] [COMMAND]
                Publishes Markdown briefings as an HTML microsite and print-ready PDFs.
                  -h, --help      Show this help message and exit.
                  -V, --version   Print version information and exit.
                Commands:
                  publish  Publish the content folder as a microsite with a PDF per briefing.
                  check    Report every problem in the content folder without writing anything.
                  serve    Preview the site: publish, serve it on 127.0.0.1, and reload open
                             pages on every save. Ctrl-C stops.
                  new      Start a desk of your own, or a briefing in one.
                  help     Display help information about the specified command.
                """, Usage.of(GalleyCommand.GALLEY));
    }

    @Test
    void serveHelpListsEveryOptionButTheHiddenOne() {
        assertEquals("""
                Usage: galley serve [-hqV] [--drafts] [--fail-on-warnings] [--no-cache]
                                    [--allow-host=NAME] [--bind=ADDRESS] [--cache=DIR]
                                    [--format=FORMAT] [--now=TIME] [--out=DIR] [--port=PORT]
                                    [--threads=N] [CONTENT-DIR]
                Preview the site: publish, serve it on 127.0.0.1, and reload open pages on
                every save. Ctrl-C stops.
                      CONTENT-DIR          The content folder, holding galley.yaml and
                                             briefings/ (default: .).
                      --allow-host=NAME    Also answer to NAME, as other machines call this one
                                             (repeatable). Other names get 403, so that no web
                                             page can read the preview.
                      --bind=ADDRESS       Listen on ADDRESS, not 127.0.0.1: this machine's
                                             address on the desk's network, or 0.0.0.0 for all
                                             (whoever reaches it reads drafts and embargoed
                                             briefings).
                      --cache=DIR          Where PDFs are kept between runs, so unchanged
                                             briefings are not set again (default: the output
                                             folder's name plus -cache, beside it).
                      --drafts             Publish briefings marked 'status: draft' too.
                      --fail-on-warnings   Treat warnings as errors.
                      --format=FORMAT      How problems are printed: text (file:line:col: …,
                                             default), json (an array, on stdout), github
                                             (workflow commands, on stdout, which GitHub
                                             Actions shows on the lines) or sarif (a SARIF
                                             2.1.0 log, on stdout, for code scanning).
                  -h, --help               Show this help message and exit.
                      --no-cache           Set every briefing afresh; use and keep no cache.
                      --now=TIME           Judge embargoes as of TIME (e.g.
                                             2026-12-01T09:00:00Z; default: SOURCE_DATE_EPOCH,
                                             else now).
                      --out=DIR            Where the site goes (default:
                                             CONTENT-DIR/target/site).
                      --port=PORT          Port to listen on (default: a free one).
                  -q, --quiet              Print problems only, no summary.
                      --threads=N          Briefings worked on at once (default: one per
                                             processor).
                  -V, --version            Print version information and exit.
                """, Usage.of(ServeCommand.SYNTAX));
    }

    @Test
    void everyHelpFitsEightyColumnsAndHidesOnly() {
        for (Syntax syntax : List.of(GalleyCommand.GALLEY, PublishCommand.SYNTAX, CheckCommand.SYNTAX,
                ServeCommand.SYNTAX, GalleyCommand.HELP)) {
            String usage = Usage.of(syntax);
            usage.lines().forEach(line -> assertTrue(line.length() < 80 && !line.endsWith(" "), line));
            assertFalse(usage.contains("--only"), syntax.invocation());
        }
        assertEquals(List.of("html"), publishOptions("--only", "html").only, "hidden, but accepted");
    }

    /** The launcher skips the values of options to find the content folder: it must know them all. */
    @Test
    void theLauncherKnowsWhichOptionsTakeAValue() throws IOException {
        String launcher = Files.readString(Path.of("src/main/sh/galley"));
        Matcher listed = Pattern.compile("(?m)^\\s*((?:--[a-z-]+\\|?)+)\\) shift; \\[").matcher(launcher);
        assertTrue(listed.find(), "the launcher's list of options with a value");
        Set<String> taking = new TreeSet<>();
        for (Syntax syntax : List.of(PublishCommand.SYNTAX, CheckCommand.SYNTAX, ServeCommand.SYNTAX)) {
            syntax.options().stream().filter(Option::takesValue).forEach(o -> taking.addAll(o.names()));
        }
        assertEquals(taking, new TreeSet<>(List.of(listed.group(1).split("\\|"))));
    }
}
