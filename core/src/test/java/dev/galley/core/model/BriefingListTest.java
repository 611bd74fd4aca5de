package dev.galley.core.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class BriefingListTest {

    private static Briefing briefing(String slug, String date) {
        Meta meta = new Meta("Title of " + slug, Optional.empty(),
                Optional.ofNullable(date).map(LocalDate::parse), Optional.empty(), List.of(), List.of(),
                Optional.empty(), Status.PUBLISHED, Optional.empty(), Optional.empty(), "en", Map.of(), Map.of());
        return new Briefing("briefings/" + slug + ".md", slug, meta, List.of(), List.of(), List.of(), BodyCounts.EMPTY);
    }

    private static BriefingList.Entry entry(Briefing b, AtomicInteger rereads) {
        return new BriefingList.Entry(b, "digest-" + b.slug(), () -> {
            rereads.incrementAndGet();
            return briefing(b.slug(), b.meta().date().map(LocalDate::toString).orElse(null));
        });
    }

    @Test
    void keepsTheSiteOrderNewestFirstUndatedLastTiesBySlug() {
        AtomicInteger rereads = new AtomicInteger();
        List<Briefing> briefings = List.of(briefing("b", "2026-01-01"), briefing("undated", null),
                briefing("a", "2026-01-01"), briefing("newest", "2026-11-01"));
        BriefingList list = BriefingList.of(briefings.stream().map(b -> entry(b, rereads)).toList());

        List<String> expected = briefings.stream().sorted(Site.NEWEST_FIRST).map(Briefing::slug).toList();
        assertEquals(expected, list.stream().map(Briefing::slug).toList());
        assertEquals(List.of("newest", "a", "b", "undated"), expected);
        assertEquals(0, rereads.get(), "nothing is read again while memory allows");
    }

    @Test
    void aBriefingLetGoIsReadAgainOnceAndIsEqual() {
        AtomicInteger rereads = new AtomicInteger();
        Briefing original = briefing("a", "2026-01-01");
        BriefingList list = BriefingList.of(List.of(entry(original, rereads)));
        BriefingList filtered = list.filter(e -> true);

        list.entry(0).release();
        assertEquals(original, filtered.get(0));
        assertEquals(original, list.get(0));
        assertEquals(1, rereads.get(), "filtered lists share what is held");
    }

    @Test
    void selectingByFrontMatterReadsNothing() {
        AtomicInteger rereads = new AtomicInteger();
        BriefingList list = BriefingList.of(List.of(entry(briefing("a", "2026-01-01"), rereads),
                entry(briefing("b", null), rereads)));
        list.entries().forEach(BriefingList.Entry::release);

        BriefingList dated = list.filter(e -> e.meta().date().isPresent());
        assertEquals(List.of("a"), dated.entries().stream().map(BriefingList.Entry::slug).toList());
        assertEquals(0, rereads.get());
    }

    @Test
    void aSiteKeepsTheListItIsGiven() {
        BriefingList list = BriefingList.of(List.of(entry(briefing("a", null), new AtomicInteger())));
        assertSame(list, new Site(SiteConfig.defaults(), list).briefings());
    }
}
