package dev.galley.core.publish;

import dev.galley.core.model.BriefingList;
import dev.galley.core.model.SiteConfig;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which briefings must be rendered again, given the last build and what changed. A
 * briefing's own outputs may depend on the briefing, its neighbours in the site's order, the
 * settings and the templates; so a changed briefing dirties itself and its old and new neighbours,
 * and any change other than a briefing's Markdown (settings, templates, images), or a briefing
 * coming or going (others may link to it), dirties all.
 *
 * @param edited the briefings whose own source changed (the live preview shows their pages first)
 * @param slugs  the briefings to render: the edited ones and their neighbours
 */
record DirtySet(Set<String> edited, Set<String> slugs) {

    DirtySet {
        edited = Set.copyOf(edited);
        slugs = Set.copyOf(slugs);
    }

    /**
     * The briefings to render, or empty meaning "all of them".
     *
     * @param changedFiles content-relative paths reported changed since the last build; empty
     *                     when unknown
     */
    static Optional<DirtySet> of(Optional<BuildMemory.Snapshot> last, SiteConfig config,
                                    BriefingList published, Set<String> changedFiles) {
        if (last.isEmpty() || !last.get().config().equals(config) || changedFiles.isEmpty()
                || changedFiles.stream().anyMatch(f -> !isBriefingSource(f))) {
            return Optional.empty();
        }
        List<BriefingList.Entry> before = last.get().briefings().entries();
        List<BriefingList.Entry> after = published.entries();
        Map<String, String> old = new HashMap<>();
        before.forEach(b -> old.put(b.slug(), b.digest()));
        Set<String> now = new HashSet<>();
        after.forEach(b -> now.add(b.slug()));

        if (!old.keySet().equals(now)) {
            // A briefing came or went: any page may link to it, so every page is rendered again.
            return Optional.empty();
        }
        Set<String> dirty = new HashSet<>();
        for (BriefingList.Entry b : after) {
            // Same bytes read with the same settings make the same briefing.
            if (!b.digest().equals(old.get(b.slug()))) {
                dirty.add(b.slug());
            }
        }
        Set<String> withNeighbours = new HashSet<>(dirty);
        addNeighbours(before, dirty, withNeighbours);
        addNeighbours(after, dirty, withNeighbours);
        return Optional.of(new DirtySet(dirty, withNeighbours));
    }

    private static boolean isBriefingSource(String path) {
        return path.startsWith("briefings/") && path.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static void addNeighbours(List<BriefingList.Entry> order, Set<String> dirty, Set<String> into) {
        for (int i = 0; i < order.size(); i++) {
            if (dirty.contains(order.get(i).slug())) {
                if (i > 0) {
                    into.add(order.get(i - 1).slug());
                }
                if (i + 1 < order.size()) {
                    into.add(order.get(i + 1).slug());
                }
            }
        }
    }
}
