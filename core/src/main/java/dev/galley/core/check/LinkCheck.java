package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.PageNames;
import dev.galley.core.model.Section;
import dev.galley.core.model.SitePaths;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Status;
import dev.galley.core.model.Walk;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            return of(briefing, file, Optional.empty());
        }

        /**
         * The same on a site served from {@code base}, whose links to addresses on its own host
         * are kept too: one may be a briefing's earlier address, or missing from the site's list.
         */
        public static Facts of(Briefing briefing, String file, Optional<URI> base) {
            Set<String> ids = briefing.allSections().stream().flatMap(s -> s.ids().stream()).collect(Collectors.toSet());
            List<Link> links = new ArrayList<>();
            Walk.inlines(briefing, (block, inline) -> {
                if (inline instanceof Inline.Link link && (link.target() instanceof LinkTarget.Anchor
                        || link.target() instanceof LinkTarget.BriefingPage
                        || (link.target() instanceof LinkTarget.Web web && PageNames.hostPath(web.url(), base).isPresent()))) {
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

    /** The same, for briefings some of which set their own page names or have earlier addresses. */
    public static List<Diagnostic> check(List<Facts> briefings, boolean includesDrafts, PageNames names) {
        return check(briefings, includesDrafts, names, SitePaths.NONE);
    }

    /**
     * The same, links to the site around the microsite checked against the addresses
     * {@code sitePaths} lists when the desk gives the list.
     */
    public static List<Diagnostic> check(List<Facts> briefings, boolean includesDrafts, PageNames names,
                                         SitePaths sitePaths) {
        Map<String, Facts> bySlug = new HashMap<>();
        for (Facts b : briefings) {
            bySlug.put(b.slug(), b);
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Facts b : briefings) {
            for (Facts.Link link : b.links()) {
                LinkTarget target = names.resolve(link.target());
                if (target instanceof LinkTarget.Web web) {
                    siteAddress(web.url(), names, sitePaths).ifPresent(problem ->
                            problems.add(new Diagnostic(Severity.WARNING, b.file(), link.pos(), "link-site", problem)));
                } else if (target instanceof LinkTarget.Anchor anchor) {
                    if (!b.ids().contains(anchor.id())) {
                        problems.add(new Diagnostic(Severity.ERROR, b.file(), link.pos(), "link-anchor",
                                "no section of this briefing has the id '" + anchor.id() + "'"
                                        + suggestion(b.ids())));
                    }
                } else if (target instanceof LinkTarget.BriefingPage page) {
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

    /**
     * What is wrong with a link to an address on the site's host that is no briefing's: missing
     * from the site's list, or (without base_url) an address the PDF cannot link.
     */
    private static Optional<String> siteAddress(String url, PageNames names, SitePaths sitePaths) {
        Optional<String> path = PageNames.hostPath(url, names.base());
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String written = url.startsWith("/") ? url : path.get();
        if (sitePaths.given() && !sitePaths.lists(path.get())) {
            return Optional.of("'" + written + "' is not among the " + sitePaths.size() + " addresses of the site that "
                    + sitePaths.file() + " lists; check the link, or add the address to the list");
        }
        if (url.startsWith("/") && names.base().isEmpty()) {
            return Optional.of("'" + url + "' is an address on the site around the microsite; the page keeps it as"
                    + " written, but without base_url in galley.yaml the PDF cannot link it");
        }
        return Optional.empty();
    }

    private static String suggestion(Set<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return "; its sections are: " + String.join(", ", ids.stream().sorted().limit(12).toList());
    }
}
