package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.BriefingList;

import java.util.List;
import java.util.Optional;

/**
 * What reading one briefing file gave: the briefing, if it could be made, and the file's own
 * problems (its Markdown, its front matter, the editorial rules).
 *
 * @param source the file, relative to the content folder
 */
record FileRead(String source, Optional<BriefingList.Entry> entry, List<Diagnostic> diagnostics) {
    FileRead {
        diagnostics = List.copyOf(diagnostics);
    }
}
