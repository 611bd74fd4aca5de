package dev.galley.core.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name an unknown one was most likely meant to be: editors misspell keys far more often
 * than they invent them, so a warning that names the intended key saves a trip to the README.
 */
public final class NearMiss {

    private NearMiss() {
    }

    /**
     * The first of {@code known} (in their order) within one edit of {@code word}, or two for names
     * longer than four letters; case is ignored.
     */
    public static Optional<String> among(String word, Collection<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> editDistance(lower, candidate.toLowerCase(Locale.ROOT))
                        <= (candidate.length() > 4 ? 2 : 1))
                .findFirst();
    }

    /**
     * The end of an "unknown …" message: "; did you mean 'x'?" when a known name is near, otherwise
     * "; " + {@code what} + " " + every known name, so the editor always learns what to write.
     */
    public static String hint(String word, Collection<String> known, String what) {
        return among(word, known).map(near -> "; did you mean '" + near + "'?")
                .orElseGet(() -> "; " + what + " " + String.join(", ", known));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
