package dev.galley.core.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's problems grouped by kind: for each code, how often it occurs and where first, errors
 * before warnings and the commonest first. A desk moving hundreds of posts from another
 * generator reads this before the problems themselves, to see what to fix first.
 */
public final class ProblemSummary {

    /** One kind of problem: its severity, code, how many, and the first in the run's order. */
    public record Kind(Severity severity, String code, int count, Diagnostic first) {
    }

    private static final int MESSAGE_WIDTH = 110;

    private final List<Kind> kinds;

    private ProblemSummary(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds among {@code diagnostics}, which are taken in the order given (file and position). */
    public static ProblemSummary of(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> byKind = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            byKind.computeIfAbsent(d.severity() + " " + d.code(), k -> new ArrayList<>()).add(d);
        }
        List<Kind> kinds = new ArrayList<>();
        byKind.values().forEach(list -> kinds.add(new Kind(list.get(0).severity(), list.get(0).code(), list.size(),
                list.get(0))));
        kinds.sort(Comparator.comparing((Kind k) -> k.severity() != Severity.ERROR)
                .thenComparing(Kind::count, Comparator.reverseOrder())
                .thenComparing(Kind::code));
        return new ProblemSummary(kinds);
    }

    public List<Kind> kinds() {
        return kinds;
    }

    /** The line that stands above {@link #lines()}: how many kinds, in which order. */
    public String heading() {
        return kinds.size() + " kind" + (kinds.size() == 1 ? "" : "s") + " of problem, errors first, the commonest first:";
    }

    /**
     * The table as text, one line per kind: severity, code, count and the first example
     * ({@code file:line:col: message}, the message cut at a readable width); empty without problems.
     */
    public List<String> lines() {
        int codeWidth = kinds.stream().mapToInt(k -> k.code().length()).max().orElse(0);
        int countWidth = kinds.stream().mapToInt(k -> Integer.toString(k.count()).length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (Kind k : kinds) {
            Diagnostic first = k.first();
            String message = first.message().length() <= MESSAGE_WIDTH ? first.message()
                    : first.message().substring(0, MESSAGE_WIDTH - 1).stripTrailing() + "…";
            lines.add(String.format(Locale.ROOT, "%-7s  %-" + codeWidth + "s  %" + countWidth + "d  first: %s:%d:%d: %s",
                    k.severity().label(), k.code(), k.count(), first.file(), first.pos().line(), first.pos().column(),
                    message));
        }
        return lines;
    }
}
