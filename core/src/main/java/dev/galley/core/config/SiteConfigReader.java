package dev.galley.core.config;

import dev.galley.core.check.Rule;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Diagnostics;
import dev.galley.core.diagnostic.NearMiss;
import dev.galley.core.style.HouseStyle;
import dev.galley.core.style.StyleReader;
import dev.galley.core.text.ContentPaths;
import dev.galley.core.labels.Label;
import dev.galley.core.labels.LabelKey;
import dev.galley.core.labels.LabelsReader;
import dev.galley.core.model.Author;
import dev.galley.core.model.PaperSize;
import dev.galley.core.model.RuleLevel;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SitePaths;
import dev.galley.core.read.SourceText;
import dev.galley.core.text.Languages;
import dev.galley.core.text.LocalTypography;
import dev.galley.core.yaml.YamlMap;
import dev.galley.core.yaml.YamlReader;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code galley.yaml}, the desk's settings:
 * <pre>
 * title: The Europe Desk         # site name, on every page and PDF
 * base_url: https://example.org/briefings/   # optional; for canonical URLs and feeds
 * lang: en-GB                    # default language of briefings
 * default_author: Europe Desk    # or {name: …, role: …}; byline when a briefing names none
 * paper: a4                      # a4 or letter
 * toc_min_pages: 4               # PDFs this long or longer get a table of contents
 * rules:                         # content rules: off, warning or error
 *   image-alt: error
 * labels:                        # Galley's own words, per language (see LabelKey)
 *   de: {byline: "Text: {authors}"}
 * typography:                    # local typography, per language
 *   fr: {french_spacing: false, numbers: true}
 * </pre>
 * Unknown settings are warned about, since they are most likely misspelt.
 */
public final class SiteConfigReader {

    private static final Set<String> KNOWN = Set.of("title", "base_url", "lang", "default_author", "paper",
            "toc_min_pages", "rules", "labels", "typography", "timezone", "tags_as_topics", "site_paths", "style");

    private SiteConfigReader() {
    }

    /** Settings and what was wrong with them; defaults stand in for each bad value. */
    public record Result(SiteConfig config, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public static Result read(byte[] bytes, String displayPath) {
        Diagnostics diagnostics = new Diagnostics(displayPath);
        // Read as briefings are: invalid bytes placed, UTF-16 and UTF-32 recognised, no NULs.
        String text = SourceText.decode(bytes, diagnostics).text();
        if (diagnostics.hasErrors()) {
            return new Result(SiteConfig.defaults(), diagnostics.all());
        }
        SiteConfig defaults = SiteConfig.defaults();
        Optional<YamlMap> read = new YamlReader(1, diagnostics, "config").readMapping(text, "galley.yaml");
        if (read.isEmpty()) {
            return new Result(defaults, diagnostics.all());
        }
        YamlMap yaml = read.get();
        for (String key : yaml.keys()) {
            if (!KNOWN.contains(key)) {
                diagnostics.warning(yaml.keyPosition(key), "config-key", "unknown setting '" + key + "'"
                        + NearMiss.hint(key, KNOWN.stream().sorted().toList(), "galley.yaml knows"));
            }
        }
        String title = yaml.string("title").orElse(defaults.title());
        Optional<URI> baseUrl = yaml.parsed("base_url", SiteConfigReader::baseUrl,
                "an absolute http(s) address such as https://example.org/briefings/");
        String lang = yaml.parsed("lang", Languages::parse, "a language tag such as en or en-GB")
                .orElse(defaults.lang());
        Optional<Author> author = yaml.list("default_author", entry -> entry.asText()
                        .map(Author::named)
                        .or(() -> entry.asMap().flatMap(map -> map.string("name")
                                .map(name -> new Author(name, map.string("role"))))))
                .stream().findFirst();
        PaperSize paper = yaml.parsed("paper", SiteConfigReader::paper, "a4 or letter").orElse(defaults.paper());
        int tocMinPages = yaml.parsed("toc_min_pages", SiteConfigReader::positive, "a whole number of pages, such as 4")
                .orElse(defaults.tocMinPages());
        Map<String, RuleLevel> rules = new TreeMap<>();
        yaml.map("rules").ifPresent(map -> {
            for (String rule : map.keys()) {
                if (Rule.byCode(rule).isEmpty()) {
                    diagnostics.warning(map.keyPosition(rule), "config-key", "unknown rule '" + rule + "'"
                            + NearMiss.hint(rule, Arrays.stream(Rule.values()).map(Rule::code).toList(),
                            "the rules are"));
                    continue;
                }
                map.parsed(rule, RuleLevel::parse, "off, warning or error").ifPresent(level -> rules.put(rule, level));
            }
        });
        Map<String, Map<LabelKey, Label>> labels = new TreeMap<>();
        byLanguage(yaml, "labels", "de or pt-BR", diagnostics,
                (tag, table) -> labels.put(tag, LabelsReader.read(table, diagnostics)));
        Map<String, LocalTypography> typography = new TreeMap<>();
        byLanguage(yaml, "typography", "fr or de-CH", diagnostics,
                (tag, table) -> typography.put(tag.toLowerCase(Locale.ROOT), typography(tag, table, diagnostics)));
        Optional<ZoneId> timezone = yaml.parsed("timezone", SiteConfigReader::zone,
                "a time zone such as Europe/Berlin, UTC or +01:00");
        boolean tagsAsTopics = yaml.flag("tags_as_topics").orElse(true);
        SitePaths sitePaths = yaml.parsed("site_paths", ContentPaths::relative,
                "a file of the content folder, such as site-paths.txt").map(SitePaths::named).orElse(SitePaths.NONE);
        HouseStyle style = yaml.map("style").map(map -> StyleReader.read(map, diagnostics, title)).orElse(HouseStyle.DEFAULT);
        return new Result(new SiteConfig(title, baseUrl, lang, author, paper, tocMinPages, rules, labels, typography,
                timezone, tagsAsTopics, sitePaths, style), diagnostics.all());
    }

    /** Each language's mapping under {@code section}, by its canonical tag; a key that is no tag is an error. */
    private static void byLanguage(YamlMap yaml, String section, String examples, Diagnostics diagnostics,
                                   java.util.function.BiConsumer<String, YamlMap> read) {
        yaml.map(section).ifPresent(map -> {
            for (String tag : map.keys()) {
                Optional<String> language = Languages.parse(tag);
                if (language.isEmpty()) {
                    diagnostics.error(map.keyPosition(tag), "config-value", "'" + tag + "' under " + section
                            + " must be a language tag such as " + examples);
                    continue;
                }
                map.map(tag).ifPresent(table -> read.accept(language.get(), table));
            }
        });
    }

    private static final Set<String> TYPOGRAPHY_KEYS = Set.of("numbers", "french_spacing", "dashes");

    private static LocalTypography typography(String tag, YamlMap yaml, Diagnostics diagnostics) {
        for (String key : yaml.keys()) {
            if (!TYPOGRAPHY_KEYS.contains(key)) {
                diagnostics.warning(yaml.keyPosition(key), "config-key", "unknown typography setting '" + key + "'"
                        + NearMiss.hint(key, TYPOGRAPHY_KEYS.stream().sorted().toList(), "the settings are"));
            }
        }
        LocalTypography defaults = LocalTypography.defaultsFor(tag);
        boolean numbers = yaml.flag("numbers").orElse(defaults.numbers());
        boolean french = yaml.flag("french_spacing")
                .orElse(defaults.frenchSpacing());
        boolean dashes = yaml.flag("dashes").orElse(defaults.dashes());
        return new LocalTypography(numbers, french, dashes, defaults.narrowSpace());
    }

    private static Optional<ZoneId> zone(String text) {
        try {
            return Optional.of(ZoneId.of(text.strip()).normalized());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> positive(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value >= 1 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<URI> baseUrl(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            String scheme = uri.getScheme();
            boolean web = scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<PaperSize> paper(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(PaperSize.A4);
            case "letter", "us-letter" -> Optional.of(PaperSize.LETTER);
            default -> Optional.empty();
        };
    }
}
