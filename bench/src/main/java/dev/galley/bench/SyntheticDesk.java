package dev.galley.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes a content folder of {@code n} synthetic briefings, the same for the same seed: 600 to
 * 2,500 words each (about 1,500 on average), using every construct Galley reads (sections three
 * deep, lists, quotes, callouts, code, tables, figures, footnotes, links between briefings and to sections).
 *
 * <p>{@code java -cp … dev.galley.bench.SyntheticDesk DIR N [SEED]}
 */
public final class SyntheticDesk {

    private static final String[] WORDS = ("alliance allies analysts assessment border budget capability "
            + "ceasefire coalition commitment conflict council credibility crisis defence deterrence diplomacy "
            + "eastern economy election energy escalation europe flank forces foreign frontier government "
            + "influence intelligence interests leaders logistics members military ministers negotiation "
            + "officials operation order partners policy position pressure region reserves resilience response "
            + "sanctions security settlement strategy summit supply support territory threat treaty troops unity "
            + "western winter the a of and to in that is for on with as by which while could would may").split(" ");
    private static final String[] TOPICS = {"NATO", "Ukraine", "Russia", "Energy", "Baltics", "Sanctions", "EU"};

    private SyntheticDesk() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticDesk DIR N [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 42L);
    }

    /** Deletes a desk written to a temporary folder, and the folder: benchmarks clean up after themselves. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Writes {@code galley.yaml}, one image and {@code n} briefings under {@code dir}. */
    public static void write(Path dir, int n, long seed) throws IOException {
        Files.createDirectories(dir.resolve("briefings/img"));
        Files.writeString(dir.resolve("galley.yaml"), "title: Synthetic Desk\nlang: en\npaper: a4\n");
        Files.write(dir.resolve("briefings/img/chart.png"), chart());
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("briefings/" + slug(i) + ".md"), briefing(i, n, random.split()),
                    StandardCharsets.UTF_8);
        }
    }

    static String slug(int i) {
        return String.format("briefing-%05d", i);
    }

    /** Rewrites one briefing so that it differs (for edit benchmarks). */
    public static void touch(Path dir, int i, int n, long salt) throws IOException {
        Files.writeString(dir.resolve("briefings/" + slug(i) + ".md"),
                briefing(i, n, new SplittableRandom(salt)), StandardCharsets.UTF_8);
    }

    /** The Markdown of briefing {@code i} of {@code n}, for benchmarks that read one in memory. */
    public static String briefingText(int i, int n, SplittableRandom random) {
        return briefing(i, n, random);
    }

    static String briefing(int i, int n, SplittableRandom random) {
        int target = 600 + random.nextInt(1901);
        StringBuilder md = new StringBuilder(target * 8);
        md.append("---\ntitle: ").append(capital(sentence(random, 4 + random.nextInt(5), false)))
                .append("\ndek: ").append(capital(sentence(random, 10 + random.nextInt(8), true)))
                .append("\ndate: 20").append(20 + i % 7).append('-').append(String.format("%02d", 1 + i % 12))
                .append('-').append(String.format("%02d", 1 + i % 28))
                .append("\nauthors:\n  - name: Analyst ").append(i % 17).append("\n    role: Desk analyst")
                .append("\ntopics: [").append(TOPICS[i % TOPICS.length]).append(", ")
                .append(TOPICS[(i + 3) % TOPICS.length]).append("]\nsummary: ")
                .append(capital(sentence(random, 20, true))).append("\n---\n\n");
        int words = 0;
        int notes = 0;
        md.append(paragraph(random, 60)).append("\n\n");
        for (int section = 1; words < target; section++) {
            md.append("## Section ").append(section).append(": ").append(capital(sentence(random, 3, false))).append("\n\n");
            for (int p = 0; p < 3 && words < target; p++) {
                String text = paragraph(random, 50 + random.nextInt(90));
                words += text.split(" ").length;
                md.append(text);
                if (random.nextInt(3) == 0) {
                    notes++;
                    md.append("[^").append(notes).append(']');
                }
                md.append("\n\n");
            }
            switch (section % 6) {
                case 0 -> md.append("- ").append(sentence(random, 8, false)).append("\n- ")
                        .append(sentence(random, 6, false)).append("\n  1. ").append(sentence(random, 5, false))
                        .append("\n  2. ").append(sentence(random, 7, false)).append("\n\n");
                // every other quote a callout; the same random draws either way, so earlier desks' text stays
                case 1 -> md.append(section % 12 == 7 ? "> [!NOTE]\n> " : "> ").append(paragraph(random, 30)).append("\n\n");
                case 2 -> md.append("| Member | Share | Troops |\n|:--|--:|--:|\n| Estonia | 2.9 | 7,100 |\n"
                        + "| Latvia | 2.3 | 6,500 |\n| Lithuania | 2.5 | 14,500 |\n\n");
                case 3 -> md.append("```yaml\nforces: ").append(random.nextInt(1000)).append("\nreadiness: high\n```\n\n");
                case 4 -> md.append("![Defence spending by member state](img/chart.png \"Spending, share of GDP\")\n\n");
                default -> md.append("### Detail\n\nSee [the previous briefing](").append(slug((i + n - 1) % n))
                        .append(".md) and [the first section](#section-1-")
                        .append("x) for *context*, **numbers** and `code`.\n\n");
            }
        }
        for (int note = 1; note <= notes; note++) {
            md.append("[^").append(note).append("]: ").append(capital(sentence(random, 12, true))).append('\n');
        }
        // Section anchors are slugs of random words: point the in-page link at the real first one.
        String first = md.substring(md.indexOf("## Section 1: ") + 3, md.indexOf("\n", md.indexOf("## Section 1: ")));
        return md.toString().replace("(#section-1-x)", "(#" + dev.galley.core.text.Slugs.of(first) + ")");
    }

    private static String paragraph(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        while (words > 0) {
            int length = Math.min(words, 8 + random.nextInt(14));
            text.append(capital(sentence(random, length, true))).append(' ');
            words -= length;
        }
        return text.toString().strip();
    }

    private static String sentence(SplittableRandom random, int words, boolean stop) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return stop ? text.append('.').toString() : text.toString();
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static byte[] chart() throws IOException {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(0x1f4e79));
        for (int bar = 0; bar < 8; bar++) {
            g.fillRect(20 + bar * 56, 220 - 20 * (bar + 2), 40, 20 * (bar + 2));
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
