package dev.galley.render.html;

import java.io.IOException;
import java.util.Optional;

/**
 * An error in a template. When the template is the desk's own ({@code templates/x.ftlh} in the
 * content folder) it is a problem in the content, reported like any other; in a built-in
 * template it is a bug in Galley and fails the renderer.
 */
final class TemplateProblem extends IOException {

    private final String contentPath;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param contentPath the desk's template, relative to the content folder, or null for a built-in one
     */
    TemplateProblem(String where, String contentPath, int line, int column, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.contentPath = contentPath;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The desk's template this problem is in, relative to the content folder. */
    Optional<String> contentPath() {
        return Optional.ofNullable(contentPath);
    }

    int line() {
        return Math.max(1, line);
    }

    int column() {
        return Math.max(1, column);
    }

    String problem() {
        return problem;
    }
}
