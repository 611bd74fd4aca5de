package dev.galley.core.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts how many elements an SVG draws once every {@code <use>} is followed, while the file is
 * read, so that {@link SvgSanitizer} can refuse a file that would draw without end: ten uses of
 * a group of ten uses of … draw ten to the power of the chain's length. The count is an upper
 * bound (what sits in {@code <defs>} counts once as written), found without expanding anything:
 * each element with an id keeps the size of its subtree and the range of references inside it.
 */
final class DrawnElements {

    private record Subtree(int size, int firstUse, int endUse) {
    }

    /** The open elements' sizes so far and where their references start in {@link #uses}. */
    private final List<int[]> open = new ArrayList<>();
    /** Every {@code <use>}'s target id, in document order. */
    private final List<String> uses = new ArrayList<>();
    private final Map<String, Subtree> byId = new HashMap<>();
    /** Per open element, its id (or null), parallel to {@link #open}. */
    private final List<String> openIds = new ArrayList<>();
    private int written;

    /** An element is written; {@code useTarget} is the id a {@code <use>} names, else null. */
    void start(String id, String useTarget) throws SvgSanitizer.Refusal {
        if (++written > SvgSanitizer.MAX_ELEMENTS) {
            throw new SvgSanitizer.Refusal("it has more than " + SvgSanitizer.MAX_ELEMENTS + " elements");
        }
        open.add(new int[] {1, uses.size()});
        openIds.add(id);
        if (useTarget != null) {
            uses.add(useTarget);
        }
    }

    /** The innermost written element ends. */
    void end() {
        int[] frame = open.remove(open.size() - 1);
        String id = openIds.remove(openIds.size() - 1);
        if (id != null) {
            byId.putIfAbsent(id, new Subtree(frame[0], frame[1], uses.size()));
        }
        if (!open.isEmpty()) {
            open.get(open.size() - 1)[0] += frame[0];
        }
    }

    /** Why the file draws too much, once it has been read; empty when it does not. */
    Optional<String> problem() {
        Map<String, Long> expanded = new HashMap<>();
        long total = written;
        try {
            for (String target : uses) {
                total = Math.min(total + drawnBy(target, expanded, 1), Long.MAX_VALUE / 4);
                if (total > SvgSanitizer.MAX_ELEMENTS) {
                    return Optional.of("it draws more than " + SvgSanitizer.MAX_ELEMENTS
                            + " elements once its <use> references are followed");
                }
            }
        } catch (SvgSanitizer.Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
        return Optional.empty();
    }

    /** How many elements one {@code <use>} of {@code id} draws (0 for an id no element has). */
    private long drawnBy(String id, Map<String, Long> expanded, int depth) throws SvgSanitizer.Refusal {
        Long known = expanded.get(id);
        if (known != null) {
            if (known < 0) {
                throw new SvgSanitizer.Refusal("its <use> of #" + id + " draws itself again without end");
            }
            return known;
        }
        Subtree subtree = byId.get(id);
        if (subtree == null) {
            return 0;
        }
        if (depth > SvgSanitizer.MAX_USE_DEPTH) {
            throw new SvgSanitizer.Refusal("it chains <use> references deeper than " + SvgSanitizer.MAX_USE_DEPTH);
        }
        expanded.put(id, -1L); // being counted: met again below, it is a cycle
        long count = subtree.size();
        for (int i = subtree.firstUse(); i < subtree.endUse() && count <= SvgSanitizer.MAX_ELEMENTS; i++) {
            count += drawnBy(uses.get(i), expanded, depth + 1);
        }
        count = Math.min(count, SvgSanitizer.MAX_ELEMENTS + 1L);
        expanded.put(id, count);
        return count;
    }
}
