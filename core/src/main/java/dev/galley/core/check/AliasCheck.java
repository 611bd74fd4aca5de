package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.BriefingList;
import dev.galley.core.model.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the earlier addresses briefings claim ({@code aliases}, {@code redirect_from}): each
 * becomes a redirecting page, so none may be a page Galley writes itself or another briefing's
 * earlier address. Case is ignored, as file systems on Windows and macOS do.
 */
public final class AliasCheck {

    /** Top-level names Galley's own output uses. */
    private static final Set<String> GALLEY_NAMES = Set.of("index.html", "404.html", "feed.xml", "sitemap.xml",
            "robots.txt", "briefings", "media", "assets", "topics", "archive", "search");

    private AliasCheck() {
    }

    /**
     * @param files each briefing's source as editors see it, by slug
     */
    public static List<Diagnostic> check(BriefingList briefings, Map<String, String> files) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        for (BriefingList.Entry entry : briefings.entries()) {
            for (String alias : entry.meta().aliases()) {
                String page = Site.aliasPage(alias).toLowerCase(Locale.ROOT);
                String file = files.getOrDefault(entry.slug(), entry.source());
                String top = page.contains("/") ? page.substring(0, page.indexOf('/')) : page;
                String key = entry.meta().extra().containsKey("aliases") ? "aliases" : "redirect_from";
                if (GALLEY_NAMES.contains(top)) {
                    found.add(new Diagnostic(Severity.ERROR, file, entry.meta().positionOf(key), "alias",
                            "the earlier address '/" + alias + "' is a page Galley writes itself ('" + top
                                    + "'); only addresses outside Galley's own pages can redirect"));
                    continue;
                }
                String other = claimed.putIfAbsent(page, entry.slug());
                if (other != null && !other.equals(entry.slug())) {
                    found.add(new Diagnostic(Severity.ERROR, file, entry.meta().positionOf(key), "alias",
                            "the earlier address '/" + alias + "' is claimed by '" + other + "' too; an address"
                                    + " can redirect to one briefing only"));
                }
            }
        }
        return found;
    }
}
