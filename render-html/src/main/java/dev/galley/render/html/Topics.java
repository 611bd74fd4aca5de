package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.text.Slugs;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's topics, each with its page {@code topics/<slug>/index.html} and its briefings
 * newest first. Topics whose names differ only in case or punctuation share a page, named as the
 * newest briefing writes it.
 */
final class Topics {

    record Topic(String name, String page, List<Briefing> briefings) {
    }

    private final Map<String, Topic> bySlug = new LinkedHashMap<>();
    private final Map<String, String> slugOfName = new LinkedHashMap<>();

    Topics(Site site) {
        // Positions in the site's list, not the briefings themselves: a large desk's briefings
        // are not all held in memory at once (see BriefingList).
        List<Briefing> all = site.briefings();
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (String name : all.get(i).meta().topics()) {
                String slug = slug(name);
                names.putIfAbsent(slug, name);
                List<Integer> list = lists.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) { // two names of one topic
                    list.add(i);
                }
                slugOfName.put(name, slug);
            }
        }
        List<String> slugs = new ArrayList<>(lists.keySet());
        slugs.sort(Comparator.comparing((String s) -> names.get(s).toLowerCase(Locale.ROOT)).thenComparing(s -> s));
        for (String slug : slugs) {
            int[] positions = lists.get(slug).stream().mapToInt(Integer::intValue).toArray();
            bySlug.put(slug, new Topic(names.get(slug), "topics/" + slug + "/index.html", view(all, positions)));
        }
    }

    /** The briefings at {@code positions} of {@code all}, fetched from it when asked for. */
    private static List<Briefing> view(List<Briefing> all, int[] positions) {
        return new AbstractList<>() {
            @Override
            public Briefing get(int index) {
                return all.get(positions[index]);
            }

            @Override
            public int size() {
                return positions.length;
            }
        };
    }

    static String slug(String name) {
        String slug = Slugs.of(name);
        return slug.isEmpty() ? "topic-" + Assets.hash(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : slug;
    }

    /** Every topic, in alphabetical order. */
    List<Topic> all() {
        return List.copyOf(bySlug.values());
    }

    /** The page of topic {@code name}, relative to the site root. */
    String pageOf(String name) {
        String slug = slugOfName.getOrDefault(name, slug(name));
        return "topics/" + slug + "/index.html";
    }
}
