package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.Section;
import dev.galley.core.model.Status;
import dev.galley.core.model.Walk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks links that only the whole site can judge: to sections of the same briefing and to other
 * briefings and their sections. (Links to the web are not fetched: the build works offline.)
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /**
     * @param briefings   every briefing read, drafts included
     * @param includesDrafts whether drafts will be published
     * @param displayPath how a briefing's source file is shown to editors
     */
    public static List<Diagnostic> check(List<Briefing> briefings, boolean includesDrafts,
                                         Function<Briefing, String> displayPath) {
        // Only what the links need of each briefing: a large desk's briefings are not all held at once.
        Map<String, Status> statusBySlug = new HashMap<>();
        Map<String, Set<String>> idsBySlug = new HashMap<>();
        for (Briefing b : briefings) {
            statusBySlug.put(b.slug(), b.meta().status());
            idsBySlug.put(b.slug(), b.allSections().stream().map(Section::id).collect(Collectors.toSet()));
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Briefing b : briefings) {
            String file = displayPath.apply(b);
            Walk.inlines(b, (block, inline) -> {
                if (!(inline instanceof Inline.Link link)) {
                    return;
                }
                if (link.target() instanceof LinkTarget.Anchor anchor) {
                    if (!idsBySlug.get(b.slug()).contains(anchor.id())) {
                        problems.add(new Diagnostic(Severity.ERROR, file, link.pos(), "link-anchor",
                                "no section of this briefing has the id '" + anchor.id() + "'"
                                        + suggestion(idsBySlug.get(b.slug()))));
                    }
                } else if (link.target() instanceof LinkTarget.BriefingPage page) {
                    Status other = statusBySlug.get(page.slug());
                    if (other == null) {
                        problems.add(new Diagnostic(Severity.ERROR, file, link.pos(), "link-briefing",
                                "this link points to a briefing '" + page.slug() + "' that does not exist"));
                    } else if (!page.anchorId().isEmpty() && !idsBySlug.get(page.slug()).contains(page.anchorId())) {
                        problems.add(new Diagnostic(Severity.ERROR, file, link.pos(), "link-anchor",
                                "briefing '" + page.slug() + "' has no section with the id '" + page.anchorId()
                                        + "'" + suggestion(idsBySlug.get(page.slug()))));
                    } else if (other == Status.DRAFT && !includesDrafts
                            && b.meta().status() != Status.DRAFT) {
                        problems.add(new Diagnostic(Severity.WARNING, file, link.pos(), "link-draft",
                                "this link points to '" + page.slug() + "', a draft that is not published"));
                    }
                }
            });
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
