package dev.galley.core.model;

import dev.galley.core.text.Slugs;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page name of each briefing a link to its file names. A link to {@code other.md} is read
 * before {@code other.md} is, so it carries the name its file gives ({@link Slugs#ofFile}); a
 * briefing whose front matter sets {@code slug:} is published under that name instead, and
 * renderers and link checks ask here which page the link reaches.
 */
public final class PageNames {

    /** Every briefing published under its file's name. */
    public static final PageNames OF_FILES = new PageNames(Map.of());

    private final Map<String, String> renamed;

    private PageNames(Map<String, String> renamed) {
        this.renamed = Collections.unmodifiableMap(new TreeMap<>(renamed));
    }

    /** The page names of {@code briefings} (a {@link BriefingList} is read without its records). */
    public static PageNames of(List<Briefing> briefings) {
        Map<String, String> renamed = new TreeMap<>();
        if (briefings instanceof BriefingList list) {
            for (int i = 0; i < list.size(); i++) {
                BriefingList.Entry entry = list.entry(i);
                add(renamed, entry.source(), entry.slug());
            }
        } else {
            for (Briefing briefing : briefings) {
                add(renamed, briefing.source(), briefing.slug());
            }
        }
        return renamed.isEmpty() ? OF_FILES : new PageNames(renamed);
    }

    private static void add(Map<String, String> renamed, String source, String slug) {
        String file = Slugs.ofFile(source);
        if (!file.equals(slug)) {
            renamed.put(file, slug);
        }
    }

    /** The page name of the briefing a link names {@code linked}: its own when it set none. */
    public String pageOf(String linked) {
        return renamed.getOrDefault(linked, linked);
    }

    @Override
    public String toString() {
        return "PageNames" + renamed;
    }
}
