package dev.galley.core.publish;

import dev.galley.core.check.Rule;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.image.SvgSanitizer;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.LinkTarget;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Walk;
import dev.galley.core.text.Digests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * The SVG files a build publishes, as images or as files linked to, each cleaned by
 * {@link SvgSanitizer} once: while the content is checked, so that {@code check} finds the same
 * problems as {@code publish}, and renderers then take the cleaned form from
 * {@link RenderContext#svg} instead of copying the file. A file that cannot be cleaned is an
 * error at every place a briefing uses it; what cleaning left out is a warning there, since the
 * editor's chart changed.
 */
final class SvgFiles {

    static final String REFUSED = "svg-refused";

    /**
     * A place where a briefing puts a content folder's SVG on the site.
     *
     * @param file the briefing as editors see it
     * @param path the SVG, relative to the content folder
     */
    record Use(String file, String path, SourcePos pos) {
    }

    /** How the SVG's bytes are read; at most {@code limit} + 1 of them are needed to refuse a larger file. */
    @FunctionalInterface
    interface Source {
        byte[] read(String path, int limit) throws IOException;
    }

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Source source;
    private final BuildMemory memory;
    private final Map<String, SvgSanitizer.Result> cleaned = new ConcurrentHashMap<>();

    /** @param memory what earlier builds in this process cleaned, by the files' digests */
    SvgFiles(Source source, BuildMemory memory) {
        this.source = source;
        this.memory = memory;
    }

    /** Where {@code briefing} (seen by editors as {@code file}) uses SVG files of the content folder, in reading order. */
    static List<Use> uses(Briefing briefing, String file) {
        List<Use> uses = new ArrayList<>();
        Walk.inlines(briefing, (block, inline) -> {
            if (inline instanceof Inline.Image image && isContentSvg(image.source())) {
                uses.add(new Use(file, image.source(), image.pos()));
            } else if (inline instanceof Inline.Link link && link.target() instanceof LinkTarget.ContentFile target
                    && SvgSanitizer.isSvg(target.path())) {
                uses.add(new Use(file, target.path(), link.pos()));
            }
        });
        return List.copyOf(uses);
    }

    /** An image source that the reader resolved to a content file (not a web or data URL) and is an SVG. */
    private static boolean isContentSvg(String source) {
        return SvgSanitizer.isSvg(source) && !URL.matcher(source).find() && !source.startsWith("//");
    }

    /** The SVG at {@code path} as it may be published, cleaned the first time it is asked for. */
    SvgSanitizer.Result get(String path) {
        return cleaned.computeIfAbsent(path, this::clean);
    }

    private SvgSanitizer.Result clean(String path) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".svgz")) {
            return new SvgSanitizer.Refused("it is compressed (.svgz), which cannot be checked;"
                    + " save it uncompressed as .svg");
        }
        try {
            byte[] bytes = source.read(path, SvgSanitizer.MAX_BYTES);
            // SHA-256, not a checksum: which bytes were checked decides what is published
            byte[] digest = Digests.sha256(bytes);
            Optional<SvgSanitizer.Result> known = memory.cleanedSvg(path, digest);
            if (known.isPresent()) {
                return known.get();
            }
            SvgSanitizer.Result result = SvgSanitizer.sanitize(bytes);
            memory.rememberSvg(path, digest, result);
            return result;
        } catch (IOException e) {
            return new SvgSanitizer.Refused("it cannot be read (" + Publisher.describe(e) + ")");
        } catch (RuntimeException e) {
            // A bug in Galley, not in the file: still this file's problem, and it is not published.
            return new SvgSanitizer.Refused("Galley failed to check it (" + e + "); please report it with the file attached");
        }
    }

    /**
     * Cleans every file of {@code uses} (each once, on the build's threads) and reports, at every use, a
     * file that cannot be published (an error) or what was left out of it (a warning).
     */
    List<Diagnostic> check(List<Use> uses, ExecutorService executor) throws IOException {
        List<String> paths = uses.stream().map(Use::path).distinct().sorted().toList();
        memory.keepSvgs(paths);
        List<Future<SvgSanitizer.Result>> cleaning = new ArrayList<>();
        for (String path : paths) {
            cleaning.add(executor.submit(() -> get(path)));
        }
        for (Future<SvgSanitizer.Result> future : cleaning) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException(Publisher.describe(e.getCause()), e.getCause());
            }
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Use use : uses) {
            SvgSanitizer.Result result = get(use.path());
            if (result instanceof SvgSanitizer.Refused refused) {
                problems.add(new Diagnostic(Severity.ERROR, use.file(), use.pos(), REFUSED,
                        use.path() + " cannot be published: " + refused.problem()));
            } else if (result instanceof SvgSanitizer.Clean clean && !clean.removed().isEmpty()) {
                problems.add(new Diagnostic(Severity.WARNING, use.file(), use.pos(), Rule.SVG_CLEANED.code(),
                        "removed from " + use.path() + ": " + String.join(", ", clean.removed())
                                + "; the site shows the rest"));
            }
        }
        return problems;
    }
}
