package dev.galley.core.model;

import java.lang.ref.SoftReference;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The briefings of a build in the site's order (newest first), each kept in memory only while
 * the heap has room for it: one the garbage collector had to drop is read again from its source
 * when next asked for. This is what lets a desk of ten thousand briefings publish in a small heap
 * while a desk of a thousand never reads a file twice. Reading the same bytes again gives an
 * equal record, so what was dropped never shows in the output.
 *
 * <p>Only each briefing's slug, front matter and source digest stay in memory for sure; ordering
 * and selecting by them ({@link #filter}) never rereads anything.
 */
public final class BriefingList extends AbstractList<Briefing> implements RandomAccess {

    /** Newest first, undated last, ties by slug: {@link Site#NEWEST_FIRST} on what an entry keeps. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::meta, Site.NEWEST_META)
            .thenComparing(Entry::slug);

    private final Entry[] entries;

    private BriefingList(Entry[] entries) {
        this.entries = entries;
    }

    /** The entries in the site's order. */
    public static BriefingList of(Collection<Entry> entries) {
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted, ORDER);
        return new BriefingList(sorted);
    }

    /** The briefings whose entries pass {@code keep}, in the same order, sharing what is held. */
    public BriefingList filter(Predicate<Entry> keep) {
        return new BriefingList(Arrays.stream(entries).filter(keep).toArray(Entry[]::new));
    }

    /** The entry at {@code index}: what is known of that briefing without reading it. */
    public Entry entry(int index) {
        return entries[index];
    }

    /** Every entry, in order. */
    public List<Entry> entries() {
        return List.of(entries);
    }

    @Override
    public Briefing get(int index) {
        return entries[index].briefing();
    }

    @Override
    public int size() {
        return entries.length;
    }

    /**
     * One briefing as a build knows it: always its slug, front matter and source digest; its
     * whole record while memory allows.
     */
    public static final class Entry {
        private final String slug;
        private final String source;
        private final Meta meta;
        private final String digest;
        private final Supplier<Briefing> reread;
        private volatile SoftReference<Briefing> held;

        /**
         * @param briefing the briefing as just read
         * @param digest   a digest of everything the record was made from (its source bytes and
         *                 the settings), so that equal digests mean equal records
         * @param reread   reads the same briefing again; fails if its source no longer has the
         *                 bytes the digest was taken of
         */
        public Entry(Briefing briefing, String digest, Supplier<Briefing> reread) {
            this.slug = briefing.slug();
            this.source = briefing.source();
            this.meta = briefing.meta();
            this.digest = Objects.requireNonNull(digest);
            this.reread = Objects.requireNonNull(reread);
            this.held = new SoftReference<>(briefing);
        }

        public String slug() {
            return slug;
        }

        public Meta meta() {
            return meta;
        }

        /** The briefing's file, relative to the content folder. */
        public String source() {
            return source;
        }

        public String digest() {
            return digest;
        }

        /** The whole briefing, read again if memory ran short since it was last used. */
        public Briefing briefing() {
            Briefing briefing = held.get();
            if (briefing == null) {
                briefing = reread.get();
                held = new SoftReference<>(briefing);
            }
            return briefing;
        }

        /** Lets go of the record, as the collector does when memory runs short. */
        void release() {
            held.clear();
        }
    }
}
