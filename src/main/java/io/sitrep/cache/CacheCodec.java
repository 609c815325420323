package io.sitrep.cache;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.EntityType;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Precision;
import io.sitrep.analysis.Qualifier;
import io.sitrep.analysis.Quote;
import io.sitrep.analysis.Sentence;
import io.sitrep.analysis.UnconfirmedName;
import io.sitrep.content.BlockKind;
import io.sitrep.content.FrontMatter;
import io.sitrep.content.LoadCache;
import io.sitrep.content.PlainText;
import io.sitrep.content.Problem;
import io.sitrep.content.SourcePosition;
import io.sitrep.content.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A cache entry in a binary form written by hand, record by record, with a CRC-32C at the end.
 *
 * <p>Why by hand: a rebuild reads every entry (10,000 at 10,000 articles), and reading them
 * through Jackson's record binding took 2.2–2.8 s of CPU under C1 (measured on the entries of a
 * generated 10,000-article corpus), the largest part of a rebuild's loading; this form takes
 * 0.42–0.56 s on the same entries and is a third smaller: a sentence is stored as its bounds in the
 * plain text (its text is cut from the article's when read back, as the analysis keeps it),
 * repeated short strings once per entry. The price is that a component added to a record must
 * be added here too: {@code CacheCodecTest} fails with the list of components when one is
 * missing. Enum constants are stored by ordinal and records in component order: safe because
 * an entry is only ever read by the sitrep build that wrote it (the format names the code).
 * Anything that does not read back whole (a torn file, another format, a damaged byte) reads as
 * null.
 */
final class CacheCodec {

    private static final int MAGIC = 0x53524331; // "SRC1"

    private CacheCodec() {
    }

    static byte[] write(CacheEntry e) {
        EntryWriter w = new EntryWriter();
        w.i32(MAGIC);
        w.str(e.format());
        LoadCache.Loaded l = e.loaded();
        w.str(l.path());
        w.str(l.key());
        w.str(l.sha256());
        w.str(l.display());
        meta(w, l.meta());
        w.i32(l.bodyStart());
        PlainText t = l.text();
        w.str(t.text());
        w.ints(t.runs());
        list(w, t.blocks(), b -> {
            w.choice(b.kind());
            w.i32(b.start());
            w.i32(b.end());
        });
        w.i32(l.words());
        w.bool(l.slugAt() != null);
        if (l.slugAt() != null) {
            w.i32(l.slugAt().line());
            w.i32(l.slugAt().column());
        }
        list(w, l.warnings(), p -> {
            w.str(p.file());
            w.i32(p.line());
            w.i32(p.column());
            w.str(p.message());
            w.str(p.hint());
        });
        boolean analysed = e.analysisKey() != null && e.analysis() != null;
        w.bool(analysed);
        if (analysed) {
            w.str(e.analysisKey());
            analysis(w, e.analysis(), t.text());
        }
        return w.finish();
    }

    /** The entry, or null when the bytes are not a whole entry of {@code format}. */
    static CacheEntry read(byte[] bytes, String format) {
        return read(bytes, format, null);
    }

    /** The same, with the strings of its table shared through {@code pool} (see {@link EntryReader#checked(byte[], Map)}). */
    static CacheEntry read(byte[] bytes, String format, java.util.Map<String, String> pool) {
        try {
            EntryReader r = EntryReader.checked(bytes, pool);
            if (r.i32() != MAGIC || !format.equals(r.str())) {
                return null;
            }
            String path = r.str();
            String key = r.str();
            String sha = r.str();
            String display = r.str();
            FrontMatter meta = meta(r);
            int bodyStart = r.i32();
            String text = r.str();
            int[] runs = r.ints();
            List<TextBlock> blocks = list(r, () -> new TextBlock(r.choice(BlockKind.values()), r.i32(), r.i32()));
            PlainText plain = PlainText.ofRuns(text, runs, blocks);
            int words = r.i32();
            SourcePosition slugAt = r.bool() ? new SourcePosition(r.i32(), r.i32()) : null;
            List<Problem> warnings = list(r, () -> new Problem(r.str(), r.i32(), r.i32(), r.str(), r.str()));
            LoadCache.Loaded loaded = new LoadCache.Loaded(path, key, sha, display, meta, bodyStart, plain, words, slugAt,
                    warnings);
            String analysisKey = null;
            ArticleAnalysis analysis = null;
            if (r.bool()) {
                analysisKey = r.str();
                analysis = analysis(r, text);
            }
            if (!r.atEnd() || path == null || key == null || sha == null || text == null) {
                return null;
            }
            return new CacheEntry(format, loaded, analysisKey, analysis);
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static void meta(EntryWriter w, FrontMatter m) {
        w.str(m.title());
        w.date(m.date());
        w.str(m.dateText());
        w.shared(m.source());
        w.str(m.url());
        w.shared(m.author());
        w.str(m.summary());
        list(w, m.tags(), w::shared);
        w.shared(m.language());
        w.str(m.slug());
        w.bool(m.draft());
        w.str(m.image());
        w.str(m.caption());
    }

    private static FrontMatter meta(EntryReader r) {
        return new FrontMatter(r.str(), r.date(), r.str(), r.shared(), r.str(), r.shared(), r.str(),
                list(r, r::shared), r.shared(), r.str(), r.bool(), r.str(), r.str());
    }

    private static void analysis(EntryWriter w, ArticleAnalysis a, String text) {
        w.shared(a.article());
        list(w, a.sentences(), s -> {
            w.i32(s.index());
            w.i32(s.start());
            w.i32(s.end());
            // the text of a sentence is the article's from start to end, unless the analysis said otherwise
            boolean cut = s.end() <= text.length() && text.regionMatches(s.start(), s.text(), 0, s.end() - s.start())
                    && s.text().length() == s.end() - s.start();
            w.bool(cut);
            if (!cut) {
                w.str(s.text());
            }
        });
        list(w, a.mentions(), m -> {
            w.shared(m.entity());
            w.i32(m.start());
            w.i32(m.end());
            w.shared(m.surface());
            w.i32(m.sentence());
        });
        list(w, a.figures(), f -> {
            w.choice(f.measure());
            w.decimal(f.value());
            w.decimal(f.low());
            w.decimal(f.high());
            w.choice(f.qualifier());
            w.decimal(f.conservative());
            w.shared(f.group());
            w.shared(f.actor());
            w.date(f.date());
            w.i32(f.sentence());
            w.i32(f.start());
            w.i32(f.end());
            w.shared(f.surface());
        });
        list(w, a.dates(), d -> {
            w.shared(d.text());
            w.date(d.date());
            w.date(d.until());
            w.choice(d.precision());
            w.i32(d.sentence());
            w.i32(d.start());
            w.i32(d.end());
        });
        list(w, a.quotes(), q -> {
            w.shared(q.speaker());
            w.shared(q.speakerName());
            w.str(q.text());
            w.bool(q.fragment());
            w.i32(q.sentence());
            w.i32(q.start());
            w.i32(q.end());
        });
        list(w, a.unconfirmed(), u -> {
            w.shared(u.name());
            w.choice(u.type());
            w.shared(u.cue());
            w.i32(u.sentence());
            w.i32(u.start());
            w.i32(u.end());
        });
    }

    private static ArticleAnalysis analysis(EntryReader r, String text) {
        String article = r.shared();
        List<Sentence> sentences = list(r, () -> {
            int index = r.i32();
            int start = r.i32();
            int end = r.i32();
            return r.bool() ? Sentence.of(index, start, end, text) : new Sentence(index, start, end, r.str());
        });
        List<Mention> mentions = list(r, () -> new Mention(r.shared(), r.i32(), r.i32(), r.shared(), r.i32()));
        List<Figure> figures = list(r, () -> new Figure(r.choice(Measure.values()), r.decimal(), r.decimal(),
                r.decimal(), r.choice(Qualifier.values()), r.decimal(), r.shared(), r.shared(), r.date(), r.i32(),
                r.i32(), r.i32(), r.shared()));
        List<DateMention> dates = list(r, () -> new DateMention(r.shared(), r.date(), r.date(),
                r.choice(Precision.values()), r.i32(), r.i32(), r.i32()));
        List<Quote> quotes = list(r, () -> new Quote(r.shared(), r.shared(), r.str(), r.bool(), r.i32(), r.i32(),
                r.i32()));
        List<UnconfirmedName> unconfirmed = list(r, () -> new UnconfirmedName(r.shared(),
                r.choice(EntityType.values()), r.shared(), r.i32(), r.i32(), r.i32()));
        return new ArticleAnalysis(article, sentences, mentions, figures, dates, quotes, unconfirmed);
    }

    private static <T> void list(EntryWriter w, List<T> items, java.util.function.Consumer<T> each) {
        w.i32(items.size());
        items.forEach(each);
    }

    private static <T> List<T> list(EntryReader r, java.util.function.Supplier<T> each) {
        int n = r.count();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(each.get());
        }
        return out;
    }
}
