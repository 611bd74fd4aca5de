package dev.galley.core.read;

import dev.galley.core.check.LinkCheck;
import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.PlainText;
import dev.galley.core.model.Section;
import dev.galley.core.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids written in headings ({@code {#id}}) and HTML anchors before them, as editors see them. */
class HeadingIdsTest {

    private static BriefingReader.Result read(String markdown) {
        return new BriefingReader(SiteConfig.defaults(), path -> false)
                .read("briefings/test.md", "briefings/test.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static Briefing briefing(String markdown) {
        BriefingReader.Result result = read(markdown);
        assertFalse(result.hasErrors(), () -> "unexpected errors: " + result.diagnostics());
        return result.briefing().orElseThrow();
    }

    private static List<String> problems(String markdown) {
        return read(markdown).diagnostics().stream()
                .map(d -> d.pos() + " " + d.severity().label() + " " + d.code()).toList();
    }

    private static final String FRONT = "---\ntitle: T\n---\n";

    @Test
    void writtenIdSetsTheSectionIdAndLeavesTheHeadingText() {
        Briefing b = briefing(FRONT + """
                ## Installing Galley {#install}

                Setext heading {#setext .wide data-x="a b"}
                -------------------------------------------

                ### Only classes {.unnumbered -}

                ## Closing hashes {#closing} ##
                """);
        List<Section> all = b.allSections();
        assertEquals(List.of("install", "setext", "only-classes", "closing"), all.stream().map(Section::id).toList());
        assertEquals(List.of("Installing Galley", "Setext heading", "Only classes", "Closing hashes"),
                all.stream().map(Section::headingText).toList());
        assertFalse(PlainText.ofBlocks(List.of()).contains("{"));
    }

    @Test
    void generatedIdsNeverTakeWordsFromTheMarker() {
        Briefing b = briefing(FRONT + "## Budget talks {.lead data-role=summary}\n\n## Budget talks\n");
        assertEquals(List.of("budget-talks", "budget-talks-2"),
                b.allSections().stream().map(Section::id).toList());
    }

    @Test
    void bracesThatAreTextStayText() {
        Briefing b = briefing(FRONT + """
                ## Sets {1, 2}

                ## Code `{#x}`

                ## Escaped \\{#y}

                ## [Link {#z}](https://example.org)
                """);
        assertEquals(List.of("Sets {1, 2}", "Code {#x}", "Escaped {#y}", "Link {#z}"),
                b.allSections().stream().map(Section::headingText).toList());
        assertEquals(List.of("sets-1-2", "code-x", "escaped-y", "link-z"),
                b.allSections().stream().map(Section::id).toList());
    }

    @Test
    void aDuplicateIdIsAnErrorAtTheSecond() {
        assertEquals(List.of("8:19 error heading-id-duplicate", "10:11 error heading-id-duplicate"), problems(FRONT + """
                ## Background

                ## Origins {#history}

                ## History again {#background}

                ## Later {#history}
                """));
    }

    @Test
    void aGeneratedIdStepsAroundAWrittenOne() {
        Briefing b = briefing(FRONT + "## First {#outlook}\n\n## Outlook\n");
        assertEquals(List.of("outlook", "outlook-2"), b.allSections().stream().map(Section::id).toList());
    }

    @Test
    void unsafeEmptyAndReservedIdsAreErrorsWhereTheyStand() {
        assertEquals(List.of("4:7 error heading-id-invalid", "6:7 error heading-id-invalid",
                "8:7 error heading-id-invalid", "10:7 error heading-id-invalid"), problems(FRONT + """
                ## A {#a/b}

                ## B {#}

                ## C {#fn-1}

                ## D {#_main}
                """));
        Briefing b = read(FRONT + "## A {#a/b}\n").briefing().orElseThrow();
        assertEquals("A", b.allSections().get(0).headingText());
    }

    @Test
    void htmlAnchorsBeforeAHeadingLeadToItsSection() {
        Briefing b = briefing(FRONT + """
                See [the first flaw](#CVE-2016-6304) and [the post](#original_post).

                ## Releases

                <a id="CVE-2016-6304"></a>

                ### CVE-2016-6304: memory growth

                Text.

                <a name='original_post'></a>

                **Original post below**
                """);
        Section flaw = b.allSections().get(1);
        assertEquals("cve-2016-6304-memory-growth", flaw.id());
        assertEquals(List.of("CVE-2016-6304", "original_post"), flaw.anchors());
        assertTrue(b.allSections().get(0).blocks().isEmpty(), "the anchor line is not a block of Releases");
        assertEquals(2, flaw.blocks().size());
        List<Diagnostic> links = LinkCheck.check(List.of(LinkCheck.Facts.of(b, "test.md")), false);
        assertTrue(links.isEmpty(), () -> links.toString());
    }

    @Test
    void anchorsAreCheckedLikeWrittenIds() {
        assertEquals(List.of("4:1 warning html-anchor", "12:1 error heading-id-duplicate",
                        "13:19 warning html-anchor"),
                problems(FRONT + """
                <a id="lead"></a>

                Lead.

                <a id="intro"></a>

                ## Intro

                <a id="intro"></a>
                <a id="other"></a><a id="bad id"></a>

                ## Other
                """));
    }

    @Test
    void anchorsInsideTextAndHeadingsLeadToTheirSection() {
        Briefing b = briefing(FRONT + """
                See [the fix](#the-fix), [the list item](#item) and [the heading](#old-heading).

                ## <a name="old-heading"></a>Releases

                The patch, <a id="the-fix">described here</a>, closes it.

                - a list <a id='item'></a> item
                """);
        Section releases = b.allSections().get(0);
        assertEquals("releases", releases.id(), "the anchor's tag is no word of the heading");
        assertEquals(List.of("old-heading", "the-fix", "item"), releases.anchors());
        List<Diagnostic> links = LinkCheck.check(List.of(LinkCheck.Facts.of(b, "test.md")), false);
        assertTrue(links.isEmpty(), () -> links.toString());
    }
}
