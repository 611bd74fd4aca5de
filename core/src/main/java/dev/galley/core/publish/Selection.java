package dev.galley.core.publish;

import dev.galley.core.model.BriefingList;
import dev.galley.core.model.Meta;
import dev.galley.core.model.Status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which briefings a build publishes: all but drafts (unless drafts are included) and those
 * still under embargo at the build's "now", or past their expiry.
 *
 * @param published the briefings to render
 * @param drafts    slugs of drafts left out, in alphabetical order
 * @param embargoed embargoed briefings left out, each with the time its embargo lifts
 * @param expired   briefings left out because their expiry has passed, each with it
 */
record Selection(BriefingList published, List<String> drafts, List<String> embargoed, List<String> expired) {

    static Selection of(BriefingList briefings, BuildContext build) {
        List<String> drafts = new ArrayList<>();
        List<String> embargoed = new ArrayList<>();
        List<String> expired = new ArrayList<>();
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
            if (meta.expiry().filter(e -> !e.toInstant().isAfter(build.now())).isPresent()) {
                expired.add(entry.slug() + " (" + meta.expiry().get() + ")");
                return false;
            }
            return true;
        });
        Collections.sort(drafts);
        Collections.sort(embargoed);
        Collections.sort(expired);
        return new Selection(published, List.copyOf(drafts), List.copyOf(embargoed), List.copyOf(expired));
    }
}
