package dev.galley.core.publish;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Site;
import dev.galley.core.model.SiteConfig;
import dev.galley.core.testing.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublisherTest {

    /** Writes one text file per briefing: enough to see what the publisher hands renderers. */
    static final class ListingRenderer implements Renderer {
        @Override
        public String name() {
            return "listing";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            StringBuilder index = new StringBuilder();
            for (Briefing b : site.briefings()) {
                index.append(b.slug()).append(": ").append(b.meta().title()).append('\n');
            }
            context.write("index.txt", index.toString().getBytes(StandardCharsets.UTF_8));
            context.forEach(site.briefings(), b -> context.write(Site.briefingDir(b) + "/words.txt",
                    String.valueOf(b.wordCount()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    static final class FailingRenderer implements Renderer {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            context.write("partial.txt", new byte[] {1});
            throw new IOException("disk full");
        }
    }

    /** Counts its preparations, which block until the test lets them go, and then fail. */
    static final class PreparingRenderer implements Renderer {
        final AtomicInteger prepared = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        volatile String language = "";
        volatile String thread = "";

        @Override
        public String name() {
            return "preparing";
        }

        @Override
        public void prepare(SiteConfig config) {
            prepared.incrementAndGet();
            language = config.lang();
            thread = Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : "");
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
            throw new IllegalStateException("preparation failed");
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            context.write("index.txt", new byte[] {'x'});
        }
    }

    @TempDir
    Path dir;

    private PublishRequest request(Path content) {
        return new PublishRequest(content, dir.resolve("out"), BuildContext.forTest(2),
                dir, false);
    }

    private Path content(String spec) {
        return ContentFixture.write(dir.resolve("content"), spec);
    }

    @Test
    void publishesEveryBriefingNewestFirstLeavingDraftsOut() throws IOException {
        Path content = content("""
                -- galley.yaml --
                title: Desk
                -- briefings/older.md --
                ---
                title: Older
                date: 2026-01-01
                ---
                One two.
                -- briefings/newer.md --
                ---
                title: Newer
                date: 2026-02-01
                ---
                One two three.
                -- briefings/draft.md --
                ---
                title: Draft
                status: draft
                ---
                Not yet.
                """);
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request(content));
        assertTrue(report.written(), report.diagnostics()::toString);
        assertEquals(0, report.exitCode(false));
        assertEquals("newer: Newer\nolder: Older\n", Files.readString(dir.resolve("out/index.txt")));
        assertEquals("3", Files.readString(dir.resolve("out/briefings/newer/words.txt")));
        assertEquals(List.of("draft"), report.draftsLeftOut());
        assertFalse(Files.exists(dir.resolve(".out.staging")));
    }

    @Test
    @Timeout(60) // a preparation run on the build's own thread would block it for good
    void preparesOnceOnAThreadOfItsOwnWithoutWaitingForItOrMindingItsFailure() throws Exception {
        Path content = content("""
                -- galley.yaml --
                title: Desk
                lang: de
                -- briefings/a.md --
                ---
                title: A
                ---
                Eins.
                """);
        PreparingRenderer renderer = new PreparingRenderer();
        Publisher publisher = new Publisher(List.of(renderer));
        // The preparation is still blocked: the builds neither wait for it nor start another.
        PublishReport first = publisher.publish(request(content));
        PublishReport second = publisher.publish(request(content));
        assertTrue(first.written() && second.written());
        assertTrue(first.diagnostics().stream().noneMatch(d -> d.message().contains("preparation")),
                first.diagnostics()::toString);
        renderer.release.countDown();
        assertTrue(renderer.done.await(30, TimeUnit.SECONDS));
        assertEquals(1, renderer.prepared.get());
        assertEquals("de", renderer.language);
        assertTrue(renderer.thread.matches("galley-prepare(-2)? \\(daemon\\)"), renderer.thread);
        assertEquals("x", Files.readString(dir.resolve("out/index.txt")));

        PreparingRenderer checked = new PreparingRenderer();
        checked.release.countDown();
        new Publisher(List.of(checked)).check(request(content));
        assertFalse(checked.done.await(300, TimeUnit.MILLISECONDS), "a check prepares nothing");
    }

    /** A renderer that does {@code preparation} to prepare and writes a file named after itself. */
    record SteppedRenderer(String name, int order, Runnable preparation) implements Renderer {
        @Override
        public void prepare(SiteConfig config) {
            preparation.run();
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            context.write(name + ".txt", new byte[] {'x'});
        }
    }

    @Test
    @Timeout(60)
    void onceRenderingStartsTheNextPreparationDoesNotWaitForASlowOne() throws Exception {
        Path content = content("""
                -- galley.yaml --
                title: Desk
                -- briefings/a.md --
                ---
                title: A
                ---
                One.
                """);
        // The print renderer's fonts, say, are slow; the site's templates come next in turn. On
        // one thread the first preparation would wait for the second for good.
        CountDownLatch secondBegan = new CountDownLatch(1);
        Renderer slow = new SteppedRenderer("slow", 10, () -> {
            try {
                secondBegan.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Renderer next = new SteppedRenderer("next", 20, secondBegan::countDown);
        PublishReport report = new Publisher(List.of(next, slow)).publish(request(content));
        assertTrue(report.written(), report.diagnostics()::toString);
        // well before the slow one gives up waiting (20 s)
        assertTrue(secondBegan.await(10, TimeUnit.SECONDS), "the second preparation waited for the first");
    }

    @Test
    void reportsAllProblemsOfAllFilesSortedAndKeepsThePreviousOutput() throws IOException {
        Path content = content("""
                -- galley.yaml --
                title: Desk
                paper: folio
                -- briefings/a.md --
                ---
                title: A
                date: yesterday
                ---
                Text[^x].
                -- briefings/b.md --
                ---
                title: B
                lang: "!!"
                ---
                Fine.
                """);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("previous.html"), "previous build");

        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request(content));

        assertEquals(List.of(
                "content/briefings/a.md:3:7: error: 'date' must be a date such as 2026-11-28, or a date and time such as 2026-11-28T09:30:00Z, not “yesterday” [front-matter-value]",
                "content/briefings/a.md:5:5: error: footnote [^x] has no definition; add a line '[^x]: …' [footnote-undefined]",
                "content/briefings/b.md:3:7: error: 'lang' must be a language tag such as en or en-GB, not “!!” [front-matter-value]",
                "content/galley.yaml:2:8: error: 'paper' must be a4 or letter, not “folio” [config-value]"),
                report.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(report.written());
        assertEquals(1, report.exitCode(false));
        assertEquals("previous build", Files.readString(out.resolve("previous.html")));
        assertEquals(List.of(out.resolve("previous.html")), Files.list(out).toList());
    }

    @Test
    void aFailingRendererLeavesThePreviousOutputUntouched() throws IOException {
        Path content = content("-- briefings/a.md --\n---\ntitle: A\n---\nText.\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("previous.html"), "previous build");

        PublishReport report = new Publisher(List.of(new ListingRenderer(), new FailingRenderer()))
                .publish(request(content));

        assertEquals(2, report.exitCode(false));
        assertTrue(report.diagnostics().get(0).message().contains("disk full"));
        assertEquals(List.of(out.resolve("previous.html")), Files.list(out).toList());
        assertFalse(Files.exists(dir.resolve(".out.staging")));
    }

    @Test
    void warningsFailTheBuildOnlyWhenAskedTo() throws IOException {
        Path content = content("-- briefings/a.md --\nNo front matter.\n");
        PublishRequest strict = new PublishRequest(content, dir.resolve("out"),
                BuildContext.forTest(1), dir, true);
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(strict);
        assertFalse(report.written());
        assertEquals(1, report.exitCode(true));

        PublishReport lenient = new Publisher(List.of(new ListingRenderer())).publish(request(content));
        assertTrue(lenient.written());
        assertEquals(0, lenient.exitCode(false));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() throws IOException {
        Path content = content("-- briefings/a.md --\n---\ntitle: A\n---\nText.\n");
        PublishRequest request = new PublishRequest(content, dir, BuildContext.forTest(1),
                dir, false);
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request);
        assertEquals(2, report.exitCode(false));
        assertTrue(Files.exists(content.resolve("briefings/a.md")));
    }

    @Test
    void duplicateSlugsAreAnError() {
        Path content = content("""
                -- briefings/a-b.md --
                ---
                title: One
                ---
                -- briefings/more/A b.md --
                ---
                title: Two
                ---
                """);
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request(content));
        assertEquals("duplicate-slug", report.diagnostics().get(0).code());
    }

    @Test
    void hostileNestingThroughThePublisherIsNotACrash() {
        Path content = content("-- briefings/deep.md --\n---\ntitle: Deep\n---\n" + "> ".repeat(20_000) + "x\n"
                + "[".repeat(20_000) + "\n" + "*".repeat(20_000) + "a" + "*".repeat(20_000) + "\n");
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request(content));
        assertTrue(report.exitCode(false) <= 1, report.diagnostics()::toString);
    }

    @Test
    void missingContentFolderIsAnEnvironmentError() {
        PublishReport report = new Publisher(List.of(new ListingRenderer())).publish(request(dir.resolve("nowhere")));
        assertEquals(2, report.exitCode(false));
    }

    @Test
    void linksBetweenBriefingsAndToSectionsAreChecked() {
        Path content = content("""
                -- briefings/a.md --
                ---
                title: A
                ---
                See [b](b.md#part-two), [nowhere](c.md), [bad part](b.md#part-nine) and [here](#missing).

                ## Mine
                -- briefings/b.md --
                ---
                title: B
                ---
                ## Part two
                """);
        PublishReport report = new Publisher(List.of(new ListingRenderer())).check(request(content));
        assertEquals(List.of(
                "content/briefings/a.md:4:25: error: this link points to a briefing 'c' that does not exist [link-briefing]",
                "content/briefings/a.md:4:42: error: briefing 'b' has no section with the id 'part-nine'; its sections are: part-two [link-anchor]",
                "content/briefings/a.md:4:73: error: no section of this briefing has the id 'missing'; its sections are: mine [link-anchor]"),
                report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
    }

    @Test
    void embargoedBriefingsWaitForTheirTime() {
        Path content = content("""
                -- briefings/later.md --
                ---
                title: Later
                embargo: 2026-12-01T09:00:00+01:00
                ---
                Text.
                -- briefings/now.md --
                ---
                title: Now
                ---
                Text.
                """);
        BuildContext before = new BuildContext(java.time.Instant.parse("2026-12-01T07:59:59Z"), java.util.Optional.empty(), 1, false, "t");
        PublishReport held = new Publisher(List.of(new ListingRenderer())).publish(
                new PublishRequest(content, dir.resolve("out"), before, dir, false));
        assertEquals(1, held.published());
        assertEquals(List.of("later (until 2026-12-01T09:00+01:00)"), held.embargoed());

        BuildContext after = new BuildContext(java.time.Instant.parse("2026-12-01T08:00:00Z"), java.util.Optional.empty(), 1, false, "t");
        PublishReport released = new Publisher(List.of(new ListingRenderer())).publish(
                new PublishRequest(content, dir.resolve("out"), after, dir, false));
        assertEquals(2, released.published());
    }

    /** Counts what it renders, so a test can see what an incremental run skipped. */
    static final class CountingRenderer implements Renderer {
        final java.util.Set<String> rendered = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public void render(Site site, RenderContext context) throws IOException {
            StringBuilder index = new StringBuilder();
            List<Briefing> all = site.briefings();
            for (Briefing b : all) {
                index.append(b.slug()).append(": ").append(b.meta().title()).append('\n');
            }
            if (!context.briefingsOnly()) {
                context.write("index.txt", index.toString().getBytes(StandardCharsets.UTF_8));
            }
            context.forEach(context.toRender(all), b -> {
                rendered.add(b.slug());
                int i = all.indexOf(b);
                String next = i + 1 < all.size() ? all.get(i + 1).meta().title() : "-";
                context.write(Site.briefingDir(b) + "/page.txt",
                        (b.meta().title() + " / next: " + next).getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /** A content folder of briefings b1 to b{@code n} (at most 9), titled B1 to Bn, the last the newest. */
    private Path numberedBriefings(int n) {
        StringBuilder spec = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            spec.append("-- briefings/b").append(i).append(".md --\n---\ntitle: B").append(i)
                    .append("\ndate: 2026-01-0").append(i).append("\n---\nText ").append(i).append(".\n");
        }
        return content(spec.toString());
    }

    @Test
    void anIncrementalPublishRendersOnlyWhatChangedAndMatchesACleanBuild() throws IOException {
        Path content = numberedBriefings(9);
        BuildMemory memory = new BuildMemory();
        CountingRenderer first = new CountingRenderer();
        new Publisher(List.of(first)).publish(request(content), memory, java.util.Set.of());
        assertEquals(9, first.rendered.size());

        Files.writeString(content.resolve("briefings/b5.md"), "---\ntitle: B5 renamed\ndate: 2026-01-05\n---\nText.\n");
        CountingRenderer second = new CountingRenderer();
        PublishReport report = new Publisher(List.of(second)).publish(request(content), memory,
                java.util.Set.of("briefings/b5.md"));
        assertTrue(report.written());
        assertEquals(java.util.Set.of("b4", "b5", "b6"), second.rendered);

        Path clean = dir.resolve("clean");
        new Publisher(List.of(new CountingRenderer())).publish(new PublishRequest(content, clean,
                BuildContext.forTest(2), dir, false));
        for (int i = 1; i <= 9; i++) {
            String page = "briefings/b" + i + "/page.txt";
            assertEquals(Files.readString(clean.resolve(page)), Files.readString(dir.resolve("out").resolve(page)), page);
        }
        assertEquals(Files.readString(clean.resolve("index.txt")), Files.readString(dir.resolve("out/index.txt")));

        Files.writeString(content.resolve("galley.yaml"), "title: Other desk\n");
        CountingRenderer third = new CountingRenderer();
        new Publisher(List.of(third)).publish(request(content), memory, java.util.Set.of("galley.yaml"));
        assertEquals(9, third.rendered.size());
    }

    /**
     * A preview's rebuild hands over the edited briefing's own outputs before the rest: only
     * those (not its neighbours', not the listing), and the very bytes the rebuild then writes,
     * so that the site it commits is a clean build's. Nothing is handed over when the content is
     * broken or when a change is not a briefing's alone.
     */
    @Test
    void aPreviewRebuildHandsOverTheEditedPagesFirstAsItThenWritesThem() throws IOException {
        Path content = numberedBriefings(5);
        BuildMemory memory = new BuildMemory();
        Publisher publisher = new Publisher(List.of(new CountingRenderer()));
        List<FirstPages> handed = new java.util.ArrayList<>();
        assertTrue(publisher.publish(request(content), memory, Set.of(), handed::add).written());
        assertTrue(handed.isEmpty(), "a first build renders everything at once");

        Files.writeString(content.resolve("briefings/b3.md"), "---\ntitle: B3 renamed\ndate: 2026-01-03\n---\nText.\n");
        List<String> indexWhenHanded = new java.util.ArrayList<>();
        assertTrue(publisher.publish(request(content), memory, Set.of("briefings/b3.md"), first -> {
            handed.add(first);
            try {
                indexWhenHanded.add(Files.readString(dir.resolve("out/index.txt")));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).written());
        assertTrue(indexWhenHanded.get(0).contains("b3: B3\n"), "handed over before the rebuild's output is in place");
        assertEquals(1, handed.size());
        assertEquals(Set.of("briefings/b3/page.txt"), handed.get(0).files().keySet());
        assertEquals("B3 renamed / next: B2", new String(handed.get(0).files().get("briefings/b3/page.txt"),
                StandardCharsets.UTF_8));

        Path clean = dir.resolve("clean");
        new Publisher(List.of(new CountingRenderer())).publish(new PublishRequest(content, clean,
                BuildContext.forTest(2), dir, false));
        for (String file : List.of("index.txt", "briefings/b1/page.txt", "briefings/b2/page.txt",
                "briefings/b3/page.txt", "briefings/b4/page.txt", "briefings/b5/page.txt")) {
            assertEquals(Files.readString(clean.resolve(file)), Files.readString(dir.resolve("out").resolve(file)), file);
        }

        handed.clear();
        Files.writeString(content.resolve("briefings/b3.md"), "---\ntitle: B3\ndate: someday\n---\nText.\n");
        assertFalse(publisher.publish(request(content), memory, Set.of("briefings/b3.md"), handed::add).written());
        Files.writeString(content.resolve("briefings/b3.md"), "---\ntitle: B3 again\ndate: 2026-01-03\n---\nText.\n");
        Files.writeString(content.resolve("galley.yaml"), "title: Other desk\n");
        assertTrue(publisher.publish(request(content), memory, Set.of("briefings/b3.md", "galley.yaml"),
                handed::add).written());
        assertTrue(handed.isEmpty(), "broken content, or settings changed: nothing first");
    }

    @Test
    void theReplacedOutputIsGoneAfterAPublishAndOnceAPreviewRebuildHasCleanedUp() throws IOException {
        Path content = content("""
                -- briefings/one.md --
                # One

                Text.
                -- briefings/two.md --
                # Two

                Text.
                """);
        Publisher publisher = new Publisher(List.of(new ListingRenderer()));
        Path previous = dir.resolve(".out.previous");
        assertTrue(publisher.publish(request(content)).written());
        assertTrue(publisher.publish(request(content)).written());
        assertFalse(Files.exists(previous), "a one-shot publish deletes what it replaced before returning");

        BuildMemory memory = new BuildMemory();
        assertTrue(publisher.publish(request(content), memory, Set.of()).written());
        Files.writeString(content.resolve("briefings/two.md"), "# Two\n\nMore text.\n");
        assertTrue(publisher.publish(request(content), memory, Set.of("briefings/two.md")).written());
        memory.awaitCleanup();
        assertFalse(Files.exists(previous), "the preview's rebuild deletes it in the background");
        assertTrue(Files.exists(dir.resolve("out/briefings/one/words.txt")), "carried over");
        assertEquals("2", Files.readString(dir.resolve("out/briefings/two/words.txt")), "rendered again");
    }

    /**
     * A preview's rebuild reads again only the files the watcher reported and any whose size,
     * time or identity changed. A file rewritten behind its back with its old stamp shows that the
     * others are not read; once reported, or when the watcher lost events, it is.
     */
    @Test
    void aPreviewRebuildReadsOnlyReportedOrRestampedFiles() throws IOException {
        Path content = content("""
                -- briefings/one.md --
                ---
                title: One
                date: 2026-01-01
                ---
                Text.
                -- briefings/two.md --
                ---
                title: Two
                date: 2026-01-02
                ---
                Text.
                """);
        BuildMemory memory = new BuildMemory();
        new Publisher(List.of(new CountingRenderer())).publish(request(content), memory, Set.of());
        Path one = content.resolve("briefings/one.md");
        java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(one);
        Files.writeString(one, Files.readString(one).replace("title: One", "title: Uno"));
        Files.setLastModifiedTime(one, stamp); // same size, same time: as if untouched

        new Publisher(List.of(new CountingRenderer())).publish(request(content), memory, Set.of("briefings/two.md"));
        assertTrue(Files.readString(dir.resolve("out/index.txt")).contains("one: One"), "not read again");

        new Publisher(List.of(new CountingRenderer())).publish(request(content), memory, Set.of(""));
        assertTrue(Files.readString(dir.resolve("out/index.txt")).contains("one: Uno"), "lost events: all read");

        Files.writeString(one, Files.readString(one).replace("title: Uno", "title: Une"));
        Files.setLastModifiedTime(one, stamp);
        new Publisher(List.of(new CountingRenderer())).publish(request(content), memory, Set.of("briefings/one.md"));
        assertTrue(Files.readString(dir.resolve("out/index.txt")).contains("one: Une"), "reported: read again");

        Files.writeString(one, Files.readString(one).replace("title: Une", "title: Eins"));
        new Publisher(List.of(new CountingRenderer())).publish(request(content), memory, Set.of("briefings/two.md"));
        assertTrue(Files.readString(dir.resolve("out/index.txt")).contains("one: Eins"), "new stamp: read again");
    }
}
