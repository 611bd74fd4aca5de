package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each briefing's entry in the search index, as JSON, kept from one build to the next in the same
 * process. The live preview rebuilds the index on every save; flattening and encoding every
 * briefing's text again took most of a rebuild on a large desk. An entry is reused only for the
 * very same briefing record (unchanged files keep theirs between rebuilds), the same settings and
 * the same text budget; the record is held weakly, so this never keeps a briefing in memory.
 */
final class SearchEntries {

    private record Entry(WeakReference<Briefing> briefing, SiteConfig config, int limit, String json) {
    }

    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();

    /** The JSON of {@code briefing}'s entry: kept, or made by {@code make} and kept. */
    String json(Briefing briefing, SiteConfig config, int limit, Supplier<String> make) {
        Entry kept = bySlug.get(briefing.slug());
        // within one build the settings are the very same record: asked first, as the index joins
        // every entry on one thread and comparing whole settings for each was most of that
        if (kept != null && kept.briefing().get() == briefing && kept.limit() == limit
                && (kept.config() == config || kept.config().equals(config))) {
            return kept.json();
        }
        String json = make.get();
        bySlug.put(briefing.slug(), new Entry(new WeakReference<>(briefing), config, limit, json));
        return json;
    }

    /** Forgets briefings that are no longer on the site. */
    void keepOnly(java.util.Set<String> slugs) {
        bySlug.keySet().retainAll(slugs);
    }
}
