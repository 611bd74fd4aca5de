package dev.galley.core.check;

import dev.galley.core.diagnostic.Diagnostic;
import dev.galley.core.diagnostic.Severity;
import dev.galley.core.model.BodyCounts;
import dev.galley.core.model.Briefing;
import dev.galley.core.model.Inline;
import dev.galley.core.model.RuleLevel;
import dev.galley.core.model.SourcePos;
import dev.galley.core.model.Section;
import dev.galley.core.model.Walk;

import java.util.ArrayList;
import java.util.List;

/** Editorial rules on one briefing's structure: alt text, heading levels, empty sections, long paragraphs. */
public final class ContentRules {

    /** Past this, readers lose the thread; editors split such paragraphs. */
    static final int MAX_PARAGRAPH_WORDS = 250;

    private final String file;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ContentRules(String file) {
        this.file = file;
    }

    /** The problems of {@code briefing}, as shown in {@code file}. */
    public static List<Diagnostic> check(Briefing briefing, String file) {
        ContentRules rules = new ContentRules(file);
        Walk.inlines(briefing, (block, inline) -> {
            if (inline instanceof Inline.Image image && image.alt().isBlank()) {
                rules.report(Rule.IMAGE_ALT, image.pos(), "this image has no alt text; write what it shows"
                        + " between the brackets: ![a map of the front line](map.png)");
            }
        });
        // counted as the briefing was read, not flattened again here
        for (BodyCounts.ParagraphWords paragraph : briefing.counts().paragraphs()) {
            if (paragraph.words() > MAX_PARAGRAPH_WORDS) {
                rules.report(Rule.PARAGRAPH_LENGTH, paragraph.pos(), "this paragraph has " + paragraph.words()
                        + " words; consider splitting it (the rule's limit is " + MAX_PARAGRAPH_WORDS + ")");
            }
        }
        rules.sections(briefing.sections(), 1);
        return rules.problems;
    }

    private void sections(List<Section> sections, int parentLevel) {
        for (Section section : sections) {
            if (section.level() > parentLevel + 1 && parentLevel > 1) {
                report(Rule.HEADING_SKIP, section.pos(), "this heading is level " + section.level()
                        + " under a level " + parentLevel + " heading; use level " + (parentLevel + 1));
            } else if (parentLevel == 1 && section.level() > 2) {
                report(Rule.HEADING_SKIP, section.pos(), "this heading is level " + section.level()
                        + " but no level 2 heading comes before it; start sections with ##");
            }
            if (section.blocks().isEmpty() && section.children().isEmpty()) {
                report(Rule.SECTION_EMPTY, section.pos(), "the section “" + section.headingText()
                        + "” is empty");
            }
            sections(section.children(), section.level());
        }
    }

    private void report(Rule rule, SourcePos pos, String message) {
        Severity severity = rule.defaultLevel() == RuleLevel.ERROR ? Severity.ERROR : Severity.WARNING;
        problems.add(new Diagnostic(severity, file, pos, rule.code(), message));
    }
}
