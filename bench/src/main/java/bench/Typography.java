package bench;

import dev.galley.bench.SyntheticDesk;
import dev.galley.core.model.PageNames;
import dev.galley.render.pdf.font.FontLibrary;
import dev.galley.render.pdf.page.BriefingLayout;
import dev.galley.render.pdf.page.ImageCatalog;
import dev.galley.render.pdf.page.LaidOutBriefing;
import dev.galley.render.pdf.page.PageGeometry;
import dev.galley.render.pdf.text.Reporter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typography benchmark (not a timed test): lays sets of briefings out with {@link
 * BriefingLayout}, as the PDF renderer does but without drawing, and counts from the laid-out
 * pages what print typography judges (see {@link #DEFINITIONS}), one column per set, so that a
 * change to the line breaker or the page builder is compared on all of them in one run. Also the
 * time laying out takes per briefing, for the rule that such a change may cost at most 10 %.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar bench.Typography [--list] [--desk N SEED] [PATH...]
 * </pre>
 *
 * With no PATH: the synthetic desk of 100 briefings, seed 42 (written to a temporary folder),
 * and the test briefings ({@code render-pdf/src/test/resources/briefings}, {@code
 * content/briefings}) from the working directory. A PATH is a content folder, a briefings folder
 * or a Markdown file. {@code --list} prints every finding with its briefing, page and text.
 */
public final class Typography {

    /** Timed passes over a set after the warm-up pass: the fastest is reported. */
    static final int TIMED_PASSES = 3;

    static final String DEFINITIONS = String.format(Locale.ROOT, """
            Typography of the laid-out pages (bench.Typography)

            Definitions
              lines        content lines of BriefingLayout's pages (not running heads, page numbers, rules).
              body line    a line of a paragraph of the running text (Origin PARAGRAPH of a Block.Paragraph, in
                           lists, quotes and callouts too); not headings, the masthead, contents, code, tables,
                           captions or footnotes. A paragraph is the lines of one Origin (by identity).
              note line    a line of a paragraph of a footnote; counted for widows and orphans only.
              widow        a paragraph's last line alone at the top of a page: the line before it is on an
                           earlier page. Paragraphs of one line are neither widow nor orphan.
              orphan       a paragraph's first line alone at the bottom of a page: its second is on a later page.
                           Footnote paragraphs (continued on the next page's foot) are counted apart.
              stranded     a heading line (a section's or the contents', not the masthead title) that is the last
                           line or image of a page's body (its footnotes aside), on any page but the last with body.
              short page   a page with running text, but the briefing's last such page, whose body ends at least
                           one body line (the briefing's most common body line height) above its notes' rule, or
                           the foot of the text block: keeps, figures and tables that did not fit leave such room.
              runs long    a page whose body or notes reach below the text block (page.run_long).
              hyphenated   a body line, not its paragraph's last, ending with the breaker's hyphen or with '-',
                           U+2010 or U+00AD of the text.
              hyphen ends page  a hyphenated line that is the last of a page's body (footnotes aside), on
                           any page but the last with body: the word's end is over the page.
              ladder       a run of %d or more hyphenated lines in a row within one paragraph (across pages),
                           counted once per run; 'longest' is the longest run.
              edge         the right edge of the measure: the text block's (margin + measure), or for lines in a
                           callout (set inset on both sides) the edge most of its justified lines end at.
              word space   the gap between two fragments where the line setter put glue (the first ends in a space
                           character): from the end of one word's box to the start of the next. List and note
                           labels left out.
              ratio        a word space divided by the normal space: the face's U+0020 advance at the size;
                           where the two sides differ, the line's main face and size (most characters) if either
                           side is in it, else the narrower (bench.Spacing's rule).
              counted line a body line, not its paragraph's last, ending within %.1f pt of the edge (full), with at
                           least %d word spaces, in a justified paragraph (a line before its last has spaces off
                           natural width by over %.3f). As bench.Spacing counts from a PDF, but for lines in
                           callouts, which reach their own edge (Spacing takes them for short of the page's).
              loose, tight a counted line whose mean space ratio is over %.1f, or under %.1f.
              stretched short  a body line, not its paragraph's last, whose spaces are stretched (ratio over %.3f)
                           but that ends short of the edge by more than %.1f pt: not counted (the breaker's emergency
                           pass sets such lines); 'of them over %.1f': those as loose as a loose line.
              overfull     any content line ending more than %.1f pt past its edge.
              space mean, spread  the mean and the population standard deviation of the ratios of all word
                           spaces of counted lines (bench.Spacing's 'space mean/sd'); line sd: of the lines' mean ratios.
              short last   the last line of a body paragraph of two lines or more, shorter (its first fragment to its
                           end) than %.0f%% of the measure (the edge less the paragraph's leftmost line start).
              one-word last  the same paragraphs' last line without a word space (one word, or a word's tail).
              layout ms    BriefingLayout.layout per briefing: the mean over the set of the fastest of %d passes,
                           after one warm-up pass; reading and drawing left out. One thread; compare runs taken
                           in turn (other work on a shared machine still moves it by tens of per cent).
              images       sized from their files; one that is missing or unreadable takes GoldenLayoutTest's
                           sizes (PNG 600 x 300 px, others 800 x 500), as the test briefings' images are missing.
            """, SpacingRules.LADDER, SpacingRules.EDGE_TOLERANCE, SpacingRules.MIN_SPACES, SpacingRules.STRETCHED,
            SpacingRules.LOOSE, SpacingRules.TIGHT, 1 + SpacingRules.STRETCHED, SpacingRules.EDGE_TOLERANCE,
            SpacingRules.LOOSE, Findings.OVERFULL, 100 * Findings.SHORT_LAST, TIMED_PASSES);

    private Typography() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        boolean list = false;
        int deskSize = -1;
        long seed = 42;
        List<Desk> desks = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = true;
                case "--desk" -> {
                    deskSize = Integer.parseInt(args[++i]);
                    seed = Long.parseLong(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        System.err.println("usage: bench.Typography [--list] [--desk N SEED] [PATH...]");
                        System.exit(2);
                    }
                    paths.add(args[i]);
                }
            }
        }
        List<String> names = new ArrayList<>(paths.stream().map(Typography::shortName).toList());
        if (paths.isEmpty() && deskSize < 0) {
            deskSize = 100;
            for (String[] tests : new String[][] {{"render-pdf tests", "render-pdf/src/test/resources/briefings"},
                    {"content", "content/briefings"}}) {
                if (Files.isDirectory(Path.of(tests[1]))) {
                    names.add(tests[0]);
                    paths.add(tests[1]);
                }
            }
        }
        Path synthetic = null;
        if (deskSize >= 0) {
            synthetic = Files.createTempDirectory("galley-typography-");
            SyntheticDesk.write(synthetic, deskSize, seed);
            desks.add(Desk.read("synthetic " + deskSize + "/" + seed, synthetic));
        }
        for (int i = 0; i < paths.size(); i++) {
            desks.add(Desk.read(names.get(i), Path.of(paths.get(i))));
        }
        List<Findings> sets = new ArrayList<>();
        for (Desk desk : desks) {
            sets.add(judge(desk));
        }
        if (synthetic != null) {
            SyntheticDesk.delete(synthetic);
        }
        PrintStream out = System.out;
        out.println(DEFINITIONS);
        printTable(out, desks, sets);
        if (list) {
            for (int i = 0; i < desks.size(); i++) {
                printFindings(out, desks.get(i), sets.get(i));
            }
        }
    }

    /** A column's name for a path: its last part, with its folder's when it is a {@code briefings} folder. */
    private static String shortName(String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        String name = p.getFileName() == null ? path : p.getFileName().toString();
        return name.equals("briefings") && p.getParent() != null && p.getParent().getFileName() != null
                ? p.getParent().getFileName() + "/" + name : name;
    }

    /**
     * Lays the desk out once to warm the JIT up, then {@link #TIMED_PASSES} times, timed; counts
     * the pages of the last (layout is deterministic). The fastest pass's mean is the one least
     * disturbed by other work on the machine, which on a shared one doubles a pass's time.
     */
    static Findings judge(Desk desk) {
        FontLibrary fonts = FontLibrary.get();
        PageGeometry geometry = desk.geometry();
        ImageCatalog images = desk.images();
        Function<Desk.Named, LaidOutBriefing> layout = named -> BriefingLayout.layout(desk.config(),
                named.briefing(), fonts, Reporter.SILENT, geometry, images, PageNames.OF_FILES, desk.faces());
        desk.briefings().forEach(layout::apply);
        List<LaidOutBriefing> laid = new ArrayList<>();
        long fastest = Long.MAX_VALUE;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            laid.clear();
            long nanos = 0;
            for (Desk.Named named : desk.briefings()) {
                long start = System.nanoTime();
                laid.add(layout.apply(named));
                nanos += System.nanoTime() - start;
            }
            fastest = Math.min(fastest, nanos);
        }
        Findings findings = new Findings();
        for (int i = 0; i < laid.size(); i++) {
            findings.add(PageLines.of(desk.briefings().get(i).path(), laid.get(i), fonts));
        }
        findings.layoutMillis = desk.briefings().isEmpty() ? Double.NaN : fastest / 1e6 / desk.briefings().size();
        return findings;
    }

    /** One row per figure, one column per set, with the goal the issue sets where it sets one. */
    static void printTable(PrintStream out, List<Desk> desks, List<Findings> sets) {
        out.println("Sets");
        for (Desk desk : desks) {
            out.printf(Locale.ROOT, "  %-18s %s%n", desk.name(), desk.name().startsWith("synthetic ")
                    ? "SyntheticDesk, N/seed (a temporary folder)" : desk.root());
        }
        out.println();
        int width = Math.max(10, desks.stream().mapToInt(d -> d.name().length()).max().orElse(0));
        String label = "%-34s %-8s";
        out.printf(Locale.ROOT, label, "", "goal");
        desks.forEach(d -> out.printf(Locale.ROOT, " %" + width + "s", d.name()));
        out.println();
        row(out, width, sets, "briefings", "", f -> f.briefings);
        row(out, width, sets, "pages", "", f -> f.pages);
        row(out, width, sets, "lines", "", f -> f.lines);
        row(out, width, sets, "body lines", "", f -> f.bodyLines);
        row(out, width, sets, "body paragraphs", "", f -> f.paragraphs);
        row(out, width, sets, "widows", "0", f -> f.widows);
        row(out, width, sets, "orphans", "0", f -> f.orphans);
        row(out, width, sets, "note widows", "", f -> f.noteWidows);
        row(out, width, sets, "note orphans", "", f -> f.noteOrphans);
        row(out, width, sets, "stranded headings", "0", f -> f.stranded);
        row(out, width, sets, "pages short (>= 1 line)", "", f -> f.shortPages);
        row(out, width, sets, "  of them >= 2 lines", "", f -> f.veryShortPages);
        row(out, width, sets, "pages run long", "", f -> f.longPages);
        row(out, width, sets, "hyphenated lines", "", f -> f.hyphenated);
        row(out, width, sets, "hyphen ends page", "0", f -> f.hyphenEndsPage);
        row(out, width, sets, "hyphen ladders (>= " + SpacingRules.LADDER + ")", "0", f -> f.runs.ladders);
        row(out, width, sets, "longest hyphen run", "", f -> f.runs.longest);
        row(out, width, sets, "counted lines", "", f -> f.counted);
        row(out, width, sets, "loose (> " + SpacingRules.LOOSE + ")", "0", f -> f.loose);
        row(out, width, sets, "tight (< " + SpacingRules.TIGHT + ")", "", f -> f.tight);
        row(out, width, sets, "stretched short", "", f -> f.stretchedShort);
        row(out, width, sets, "  of them over " + SpacingRules.LOOSE, "", f -> f.stretchedShortLoose);
        row(out, width, sets, "overfull", "0", f -> f.overfull);
        row(out, width, sets, "word spaces", "", f -> f.spaces());
        decimal(out, width, sets, "word space mean", "", Findings::spaceMean, "%.3f");
        decimal(out, width, sets, "word space spread (sd)", "<= 0.20", Findings::spaceSd, "%.3f");
        decimal(out, width, sets, "line ratio sd", "", Findings::lineSd, "%.3f");
        row(out, width, sets, "short last lines (< 1/4)", "", f -> f.shortLast);
        row(out, width, sets, "one-word last lines", "", f -> f.oneWordLast);
        decimal(out, width, sets, "layout ms per briefing", "", f -> f.layoutMillis, "%.2f");
        out.println();
    }

    private static void row(PrintStream out, int width, List<Findings> sets, String name, String goal,
                            Function<Findings, Integer> value) {
        decimal(out, width, sets, name, goal, f -> value.apply(f).doubleValue(), "%.0f");
    }

    private static void decimal(PrintStream out, int width, List<Findings> sets, String name, String goal,
                                Function<Findings, Double> value, String format) {
        out.printf(Locale.ROOT, "%-34s %-8s", name, goal);
        sets.forEach(f -> out.printf(Locale.ROOT, " %" + width + "s", String.format(Locale.ROOT, format, value.apply(f))));
        out.println();
    }

    static void printFindings(PrintStream out, Desk desk, Findings findings) {
        out.println("Findings in " + desk.name() + " (" + desk.root() + ")");
        for (Findings.Finding f : findings.found) {
            String text = f.text().length() <= 110 ? f.text() : f.text().substring(0, 109) + "…";
            out.printf(Locale.ROOT, "  %-18s %s p%d: %s%n", f.kind(), f.briefing(), f.page(), text);
        }
        out.println();
    }
}
