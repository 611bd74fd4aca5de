package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Section;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.core.model.Walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks links that only the whole site can judge: to sections of the same briefing and to other
 * briefings and their sections. (Links to the web are not fetched: the build works offline.)
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /**
     * What the site-wide check needs of one briefing, gathered as the briefing is read, so that
     * checking a large desk (or rebuilding it on every save in the preview) walks no briefing again.
     *
     * @param file  the briefing's source as editors see it
     * @param ids   the ids of its sections, their HTML anchors' too
     * @param links its links to its own sections and to other briefings, in reading order
     */
    public record Facts(String slug, String file, Status status, Set<String> ids, List<Link> links) {
        public Facts {
            ids = Set.copyOf(ids);
            links = List.copyOf(links);
        }

        /** A link to check, where it stands. */
        public record Link(LinkTarget target, SourcePos pos) {
        }

        /** The facts of {@code briefing}, whose source editors see as {@code file}. */
        public static Facts of(Briefing briefing, String file) {
            Set<String> ids = briefing.allSections().stream().flatMap(s -> s.ids().stream()).collect(Collectors.toSet());
            List<Link> links = new ArrayList<>();
            Walk.inlines(briefing, (block, inline) -> {
                if (inline instanceof Inline.Link link && (link.target() instanceof LinkTarget.Anchor
                        || link.target() instanceof LinkTarget.BriefingPage)) {
                    links.add(new Link(link.target(), link.pos()));
                }
            });
            return new Facts(briefing.slug(), file, briefing.meta().status(), ids, links);
        }
    }

    /**
     * @param briefings      the facts of every briefing read, drafts included
     * @param includesDrafts whether drafts will be published
     */
    public static List<Diagnostic> check(List<Facts> briefings, boolean includesDrafts) {
        return check(briefings, includesDrafts, PageNames.OF_FILES);
    }

    /** The same, for briefings some of which set their own page names. */
    public static List<Diagnostic> check(List<Facts> briefings, boolean includesDrafts, PageNames names) {
        Map<String, Facts> bySlug = new HashMap<>();
        for (Facts b : briefings) {
            bySlug.put(b.slug(), b);
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Facts b : briefings) {
            for (Facts.Link link : b.links()) {
                if (link.target() instanceof LinkTarget.Anchor anchor) {
                    if (!b.ids().contains(anchor.id())) {
                        problems.add(new Diagnostic(Severity.ERROR, b.file(), link.pos(), "link-anchor",
                                "no section of this briefing has the id '" + anchor.id() + "'"
                                        + suggestion(b.ids())));
                    }
                } else if (link.target() instanceof LinkTarget.BriefingPage page) {
                    Facts other = bySlug.get(names.pageOf(page.slug()));
                    if (other == null) {
                        problems.add(new Diagnostic(Severity.ERROR, b.file(), link.pos(), "link-briefing",
                                "this link points to a briefing '" + page.slug() + "' that does not exist"));
                    } else if (!page.anchorId().isEmpty() && !other.ids().contains(page.anchorId())) {
                        problems.add(new Diagnostic(Severity.ERROR, b.file(), link.pos(), "link-anchor",
                                "briefing '" + page.slug() + "' has no section with the id '" + page.anchorId()
                                        + "'" + suggestion(other.ids())));
                    } else if (other.status() == Status.DRAFT && !includesDrafts && b.status() != Status.DRAFT) {
                        problems.add(new Diagnostic(Severity.WARNING, b.file(), link.pos(), "link-draft",
                                "this link points to '" + page.slug() + "', a draft that is not published"));
                    }
                }
            }
        }
        return problems;
    }

    private static String suggestion(Set<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return "; its sections are: " + String.join(", ", ids.stream().sorted().limit(12).toList());
    }
}
