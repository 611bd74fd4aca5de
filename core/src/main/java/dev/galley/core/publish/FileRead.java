package dev.galley.core.publish;

import dev.galley.core.check.LinkCheck;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.BriefingList;

import java.util.List;
import java.util.Optional;

/**
 * What reading one briefing file gave: the briefing, if it could be made, and the file's own
 * problems (its Markdown, its front matter, the editorial rules), with what the site-wide link
 * check needs of it and where it uses SVG files, which are checked once for the whole site.
 *
 * @param source the file, relative to the content folder
 */
record FileRead(String source, Optional<BriefingList.Entry> entry, Optional<LinkCheck.Facts> links,
                List<SvgFiles.Use> svgs, List<Diagnostic> diagnostics) {

    /** A file that gave no briefing, only problems. */
    static FileRead failed(String source, Diagnostic problem) {
        return new FileRead(source, Optional.empty(), Optional.empty(), List.of(), List.of(problem));
    }

    FileRead {
        svgs = List.copyOf(svgs);
        diagnostics = List.copyOf(diagnostics);
    }
}
