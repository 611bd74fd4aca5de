package dev.galley.render.html;

import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.Walk;

import java.util.ArrayList;
import java.util.List;

/** Finds every image of a briefing, in document order: figures and images in running text. */
final class Images {

    private Images() {
    }

    static List<Inline.Image> of(Briefing briefing) {
        List<Inline.Image> found = new ArrayList<>();
        Walk.inlines(briefing, (block, inline) -> {
            if (inline instanceof Inline.Image image) {
                found.add(image);
            }
        });
        return List.copyOf(found);
    }
}
