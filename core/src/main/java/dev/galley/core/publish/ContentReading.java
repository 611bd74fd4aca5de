package dev.galley.core.publish;

import dev.galley.core.text.Digests;
import dev.galley.core.check.ContentRules;
import dev.galley.core.check.LinkCheck;
import dev.galley.core.check.RuleLevels;
import dev.galley.core.config.SiteConfigReader;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.model.SourcePos;
import dev.galley.core.read.BriefingReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The reading half of a build: the settings, every briefing (in parallel, reusing what the
 * build's memory already read), and the checks that need them all. Every problem goes into the
 * build's diagnostics; nothing is written.
 */
final class ContentReading {

    private final ContentFolder content;
    private final PublishRequest request;
    private final ExecutorService executor;
    private final BuildMemory memory;
    private final Progress progress;
    private final List<Diagnostic> diagnostics;

    ContentReading(ContentFolder content, PublishRequest request, ExecutorService executor, BuildMemory memory,
                   Progress progress, List<Diagnostic> diagnostics) {
        this.content = content;
        this.request = request;
        this.executor = executor;
        this.memory = memory;
        this.progress = progress;
        this.diagnostics = diagnostics;
    }

    /** {@code galley.yaml}, or the defaults when there is none. */
    SiteConfig config() throws IOException {
        if (!content.hasConfig()) {
            return SiteConfig.defaults();
        }
        String display = request.display(content.root().resolve(ContentFolder.CONFIG));
        SiteConfigReader.Result result = SiteConfigReader.read(content.read(ContentFolder.CONFIG), display);
        diagnostics.addAll(result.diagnostics());
        return result.config();
    }

    /** Every briefing that could be read, in file order; duplicates of a slug are reported and left out. */
    List<Briefing> briefings(SiteConfig config) throws IOException {
        BriefingReader reader = new BriefingReader(config, content::isInside);
        List<String> paths = content.briefingPaths();
        memory.keepReads(paths);
        List<Future<BriefingReader.Result>> results = new ArrayList<>(paths.size());
        for (String path : paths) {
            String display = request.display(content.root().resolve(path));
            results.add(executor.submit(() -> {
                byte[] bytes;
                try {
                    bytes = content.read(path);
                } catch (IOException e) {
                    return new BriefingReader.Result(Optional.empty(), List.of(new Diagnostic(Severity.ERROR,
                            display, SourcePos.START, "io", "cannot read this file: " + Publisher.describe(e))));
                }
                byte[] digest = Digests.sha256(bytes);
                Optional<BriefingReader.Result> known = memory.read(path, digest, config, display);
                if (known.isPresent()) {
                    return known.get();
                }
                try {
                    BriefingReader.Result result = reader.read(path, display, bytes);
                    memory.rememberRead(path, digest, config, display, result);
                    return result;
                } catch (RuntimeException e) {
                    // A bug in Galley, not in the file; still one file's problem, reported as such.
                    return new BriefingReader.Result(Optional.empty(), List.of(new Diagnostic(Severity.ERROR,
                            display, SourcePos.START, "internal", "Galley failed to read this file ("
                            + e + "); please report it with the file attached")));
                }
            }));
        }
        List<Briefing> briefings = new ArrayList<>();
        Map<String, Briefing> bySlug = new HashMap<>();
        int done = 0;
        for (Future<BriefingReader.Result> future : results) {
            BriefingReader.Result result = await(future);
            progress.step("read", ++done, results.size());
            diagnostics.addAll(result.diagnostics());
            result.briefing().ifPresent(b -> {
                Briefing other = bySlug.putIfAbsent(b.slug(), b);
                if (other != null) {
                    diagnostics.add(new Diagnostic(Severity.ERROR, request.display(content.root().resolve(b.source())),
                            SourcePos.START, "duplicate-slug", "this briefing's page name '" + b.slug()
                            + "' is already taken by " + other.source() + "; rename one of the files"));
                } else {
                    briefings.add(b);
                }
            });
        }
        return briefings;
    }

    /** Site-wide link checks and the editorial rules, graded as {@code galley.yaml} says. */
    void check(List<Briefing> briefings, SiteConfig config) {
        diagnostics.addAll(LinkCheck.check(briefings, request.build().includeDrafts(),
                b -> request.display(content.root().resolve(b.source()))));
        for (Briefing b : briefings) {
            diagnostics.addAll(ContentRules.check(b, request.display(content.root().resolve(b.source()))));
        }
        List<Diagnostic> graded = RuleLevels.apply(config, diagnostics);
        diagnostics.clear();
        diagnostics.addAll(graded);
    }


    private static BriefingReader.Result await(Future<BriefingReader.Result> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(Publisher.describe(e.getCause()), e.getCause());
        }
    }

}
