package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.labels.LabelBook;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.SiteConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the languages a build writes in that neither Galley nor the desk has labels for: their
 * briefings get Galley's English words. One warning per language and build, at the first
 * briefing (in the site's order) that names it, saying how many briefings it concerns.
 */
public final class LanguageCheck {

    private LanguageCheck() {
    }

    /**
     * @param files each briefing's source as editors see it, by slug
     */
    public static List<Diagnostic> check(SiteConfig config, BriefingList briefings, Map<String, String> files) {
        LabelBook book = config.labelBook();
        Map<String, List<BriefingList.Entry>> unknown = new LinkedHashMap<>();
        for (BriefingList.Entry entry : briefings.entries()) {
            String lang = entry.meta().lang();
            if (!book.knows(lang)) {
                unknown.computeIfAbsent(lang.toLowerCase(Locale.ROOT), l -> new ArrayList<>()).add(entry);
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        unknown.forEach((lang, entries) -> {
            BriefingList.Entry first = entries.get(0);
            String file = files.get(first.slug());
            if (file == null) {
                return;
            }
            String tag = first.meta().lang();
            found.add(new Diagnostic(Severity.WARNING, file, first.meta().positionOf("lang"), "labels-missing",
                    "Galley has no labels for '" + tag + "', so the words it adds to " + entries.size()
                            + (entries.size() == 1 ? " briefing" : " briefings") + " (byline, dates, page numbers)"
                            + " are English; add labels/" + tag + ".yaml or a '" + tag + ":' section under labels:"
                            + " in galley.yaml"));
        });
        return found;
    }
}
