package dev.galley.core.publish;

import dev.galley.core.model.BriefingList;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which briefings a build publishes: all but drafts (unless drafts are included) and those
 * still under embargo at the build's "now".
 *
 * @param published the briefings to render
 * @param drafts    slugs of drafts left out, in alphabetical order
 * @param embargoed embargoed briefings left out, each with the time its embargo lifts
 */
record Selection(BriefingList published, List<String> drafts, List<String> embargoed) {

    static Selection of(BriefingList briefings, BuildContext build) {
        List<String> drafts = new ArrayList<>();
        List<String> embargoed = new ArrayList<>();
        BriefingList published = briefings.filter(entry -> {
            Meta meta = entry.meta();
            if (meta.status() == Status.DRAFT && !build.includeDrafts()) {
                drafts.add(entry.slug());
                return false;
            }
            if (meta.embargo().filter(e -> e.toInstant().isAfter(build.now())).isPresent()) {
                embargoed.add(entry.slug() + " (until " + meta.embargo().get() + ")");
                return false;
            }
            return true;
        });
        Collections.sort(drafts);
        Collections.sort(embargoed);
        return new Selection(published, List.copyOf(drafts), List.copyOf(embargoed));
    }
}
