package dev.galley.cli;

import dev.galley.core.text.Languages;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code galley new desk DIR} and {@code galley new briefing TITLE}: start a desk of one's own, or
 * a briefing in one. The day written into the files is the clock's in UTC; the command line's clock
 * is {@code SOURCE_DATE_EPOCH} when set, so that a scripted desk comes out the same every time.
 */
final class NewCommand implements Command {

    static final Syntax DESK = Syntax.of("galley new desk",
            "Start a desk in DIR: pom.xml, galley.yaml, a welcome briefing and the Maven wrapper.",
            new Syntax.Operand("DIR", "The new desk's folder; it must not exist, or be empty."),
            List.of(Option.value("--title", "TITLE", "The desk's name (default: the folder's name)."),
                    Option.value("--lang", "LANG", "The desk's language tag, such as en, en-GB or de (default: en).")));

    static final Syntax BRIEFING = Syntax.of("galley new briefing",
            "Start a briefing in the desk: briefings/<slug>.md, with its front matter.",
            new Syntax.Operand("TITLE", "The briefing's title (quote it); the file's name is made from it."),
            List.of(Option.value("--lang", "LANG", "The briefing's language tag, when it is not the desk's (en, en-GB, de…)."),
                    Option.flag("Mark it 'status: draft'.", "--draft"),
                    Option.value("--content", "DIR", "The desk's folder, holding galley.yaml (default: .).")));

    static final Syntax SYNTAX = Syntax.of("galley new", "Start a desk of your own, or a briefing in one.",
            new Syntax.Operand("KIND", "desk or briefing."), List.of(), List.of(DESK, BRIEFING));

    private final Clock clock;

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Syntax syntax() {
        return SYNTAX;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        List<String> rest = arguments.operands();
        if (rest.isEmpty()) {
            throw new UsageException(SYNTAX, "say what to start: desk or briefing");
        }
        Syntax syntax = SYNTAX.command(rest.get(0));
        if (syntax == null) {
            throw new UsageException(SYNTAX, "unknown kind '" + rest.get(0) + "' (desk or briefing)");
        }
        Arguments given = Arguments.parse(syntax, rest.subList(1, rest.size()));
        if (GalleyCommand.answered(given, out)) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            return syntax == DESK ? desk(given, today, out) : briefing(given, today, out);
        } catch (Refused e) {
            err.println("galley: " + e.getMessage());
            return 2;
        }
    }

    private static int desk(Arguments given, LocalDate today, PrintWriter out) throws Exception {
        if (given.operands().isEmpty()) {
            throw new UsageException(DESK, "say where: galley new desk DIR");
        }
        Path dir = given.operandPath(".");
        String title = given.text("--title");
        if (title == null) {
            Path name = dir.toAbsolutePath().normalize().getFileName();
            title = name == null ? "The Desk" : name.toString();
        }
        if (title.isBlank()) {
            throw new UsageException(DESK, "invalid value for option '--title': the desk needs a name");
        }
        String lang = lang(given, DESK, "en");
        List<Path> written = new DeskTemplate(title, lang, today).write(dir);
        for (Path file : written) {
            out.println("galley: wrote " + file);
        }
        out.println("galley: publish it with: cd " + dir + " && ./mvnw package");
        return 0;
    }

    private static int briefing(Arguments given, LocalDate today, PrintWriter out) throws Exception {
        if (given.operands().isEmpty() || given.operands().get(0).isBlank()) {
            throw new UsageException(BRIEFING, "give the briefing a title: galley new briefing \"Title\"");
        }
        Path desk = given.path("--content");
        Path file = new BriefingFile(given.operands().get(0), today, lang(given, BRIEFING, null), given.flag("--draft"))
                .write(desk == null ? Path.of("") : desk);
        out.println(file);
        return 0;
    }

    /** The {@code --lang} given, in its canonical spelling, or {@code otherwise}. */
    private static String lang(Arguments given, Syntax syntax, String otherwise) {
        String lang = given.text("--lang");
        if (lang == null) {
            return otherwise;
        }
        return Languages.parse(lang).orElseThrow(() -> new UsageException(syntax,
                "invalid value for option '--lang': '" + lang + "' is not a language tag such as en, en-GB or de"));
    }
}
