package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.RuleLevel;
import dev.galley.core.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies the desk's rule levels from {@code galley.yaml} to what the checks found. */
public final class RuleLevels {

    private RuleLevels() {
    }

    /**
     * {@code diagnostics} with each rule's configured level: dropped when the rule is off,
     * re-graded when it is set to warning or error. Problems that are not rules stay as they are.
     */
    public static List<Diagnostic> apply(SiteConfig config, List<Diagnostic> diagnostics) {
        List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Optional<Rule> rule = Rule.byCode(d.code());
            if (rule.isEmpty()) {
                kept.add(d);
                continue;
            }
            RuleLevel level = config.level(d.code(), rule.get().defaultLevel());
            if (level == RuleLevel.OFF) {
                continue;
            }
            Severity severity = level == RuleLevel.ERROR ? Severity.ERROR : Severity.WARNING;
            kept.add(new Diagnostic(severity, d.file(), d.pos(), d.code(), d.message()));
        }
        return kept;
    }
}
