package dev.galley.render.pdf;

import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.SourcePos;
import dev.galley.core.publish.RenderContext;
import dev.galley.render.pdf.text.Reporter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forwards layout's warnings about one briefing to the build's diagnostics. Each distinct problem
 * (the same character missing, the same image unreadable) is reported once, at its first place,
 * and at most {@link #LIMIT} problems per briefing: a pasted megabyte of emoji must not bury
 * the build log.
 */
final class BriefingReporter implements Reporter {

    static final int LIMIT = 100;

    private final RenderContext context;
    private final Briefing briefing;
    private final Set<String> seen = new HashSet<>();
    private final List<CachedPdf.Warning> reported = new ArrayList<>();
    private int suppressed;

    BriefingReporter(RenderContext context, Briefing briefing) {
        this.context = context;
        this.briefing = briefing;
    }

    @Override
    public void warning(SourcePos pos, String code, String message) {
        if (!seen.add(code + '\u0000' + message)) {
            return;
        }
        if (seen.size() > LIMIT) {
            suppressed++;
            return;
        }
        report(new CachedPdf.Warning(pos, code, message));
    }

    /** Reports {@code warning} as it is, as when replaying the warnings a cached PDF gave. */
    void report(CachedPdf.Warning warning) {
        reported.add(warning);
        context.report(Severity.WARNING, briefing, warning.pos(), warning.code(), warning.message());
    }

    /** Every warning reported so far, in order. */
    List<CachedPdf.Warning> reported() {
        return List.copyOf(reported);
    }

    /** Reports how many problems were left out, if any. */
    void finish() {
        if (suppressed > 0) {
            report(new CachedPdf.Warning(SourcePos.START, "pdf-too-many-warnings",
                    suppressed + " more problems found while setting the PDF were not reported"));
        }
    }
}
