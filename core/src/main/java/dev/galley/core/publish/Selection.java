package dev.galley.core.publish;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Status;

import java.util.ArrayList;
import java.util.List;

/**
 * Which briefings a build publishes: all but drafts (unless drafts are included) and those
 * still under embargo at the build's "now".
 *
 * @param published the briefings to render
 * @param drafts    slugs of drafts left out
 * @param embargoed embargoed briefings left out, each with the time its embargo lifts
 */
record Selection(List<Briefing> published, List<String> drafts, List<String> embargoed) {

    static Selection of(List<Briefing> briefings, BuildContext build) {
        List<Briefing> published = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        List<String> embargoed = new ArrayList<>();
        for (Briefing b : briefings) {
            if (b.meta().status() == Status.DRAFT && !build.includeDrafts()) {
                drafts.add(b.slug());
            } else if (b.meta().embargo().filter(e -> e.toInstant().isAfter(build.now())).isPresent()) {
                embargoed.add(b.slug() + " (until " + b.meta().embargo().get() + ")");
            } else {
                published.add(b);
            }
        }
        return new Selection(List.copyOf(published), List.copyOf(drafts), List.copyOf(embargoed));
    }
}
