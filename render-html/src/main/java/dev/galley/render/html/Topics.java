package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.text.Slugs;

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
        Map<String, List<Briefing>> lists = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Briefing b : site.briefings()) {
            for (String name : b.meta().topics()) {
                String slug = slug(name);
                names.putIfAbsent(slug, name);
                List<Briefing> list = lists.computeIfAbsent(slug, s -> new ArrayList<>());
                if (!list.contains(b)) {
                    list.add(b);
                }
                slugOfName.put(name, slug);
            }
        }
        List<String> slugs = new ArrayList<>(lists.keySet());
        slugs.sort(Comparator.comparing((String s) -> names.get(s).toLowerCase(Locale.ROOT)).thenComparing(s -> s));
        for (String slug : slugs) {
            bySlug.put(slug, new Topic(names.get(slug), "topics/" + slug + "/index.html",
                    List.copyOf(lists.get(slug))));
        }
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
