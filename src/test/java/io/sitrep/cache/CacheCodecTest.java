package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CacheCodecTest {

    /** Every record of the analysis with every component set, and values JSON could bend. */
    static ArticleAnalysis fullAnalysis() {
        return new ArticleAnalysis("turkey-softens",
                List.of(new Sentence(0, 0, 58, "Erdoğan said “we will not step back” on Wednesday."),
                        new Sentence(1, 59, 120, "More than 800,000 people were displaced, 3.5 million in all.")),
                List.of(new Mention("recep-tayyip-erdogan", 0, 7, "Erdoğan", 0),
                        new Mention("idlib", 80, 85, "Idlib", 1)),
                List.of(new Figure(Measure.DISPLACED, new BigDecimal("800000"), null, null, Qualifier.MORE_THAN,
                                new BigDecimal("800000"), "civilians", "civilians", LocalDate.of(2020, 2, 19), 1, 59,
                                76, "More than 800,000"),
                        new Figure(Measure.MONEY, new BigDecimal("3.50E+6"), new BigDecimal("0.10"),
                                new BigDecimal("12345678901234567890.000001"), Qualifier.RANGE, new BigDecimal("0.10"),
                                "USD", "Turkey", LocalDate.of(2019, 12, 31), 1, 100, 111, "3.5 million"),
                        new Figure(Measure.KILLED, null, null, null, Qualifier.VAGUE, BigDecimal.valueOf(12), "soldiers",
                                null, null, 0, 1, 2, "dozens")),
                List.of(new DateMention("on Wednesday", LocalDate.of(2020, 2, 19), null, Precision.DAY, 0, 37, 49),
                        new DateMention("last week", LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 16),
                                Precision.DAY, 1, 0, 9),
                        new DateMention("September 2018", LocalDate.of(2018, 9, 1), null, Precision.MONTH, 1, 3, 17)),
                List.of(new Quote("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "we will not step back", true, 0,
                                14, 35),
                        new Quote(null, null, "a \"quoted\" \\ backslash\nand a line", false, 1, 60, 90)),
                List.of(new UnconfirmedName("Hulusi Akar", EntityType.PERSON, "Defense Minister", 1, 5, 16)));
    }

    static LoadCache.Loaded loaded() {
        String text = "Erdoğan said “we will not step back”.\n\nSecond *block* here.";
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = 40 + i + (i > 20 ? 3 : 0) + (i > 45 ? 1 : 0); // two escapes skipped in the source
        }
        PlainText plain = new PlainText(text, offsets, List.of(new TextBlock(BlockKind.PARAGRAPH, 0, 37),
                new TextBlock(BlockKind.LIST_ITEM, 39, text.length())));
        FrontMatter meta = new FrontMatter("Turkey “softens”", LocalDate.of(2020, 2, 14), "2020-02-14T10:00:00+03:00",
                "IPA News", "https://ipa.news/x", "A. Writer", "Summary", List.of("idlib", "turkey"), "en", "turkey-softens",
                true, "https://img/x.jpg", "Caption");
        return new LoadCache.Loaded("articles/2020/x.md", "m3:cd34", "ab12", "content/articles/2020/x.md", meta, 40, plain, 9,
                new SourcePosition(8, 7), List.of(new Problem("content/articles/2020/x.md", 3, 1, "unknown key 'foo'",
                        "remove it")));
    }

    @Test
    void aFullyPopulatedEntryReadsBackEqual() {
        CacheEntry entry = new CacheEntry("f1", loaded(), "1:dict:rules|turkey-softens", fullAnalysis());

        CacheEntry back = CacheCodec.read(CacheCodec.write(entry), "f1");

        assertThat(back).isNotNull();
        assertThat(back.loaded()).isEqualTo(entry.loaded());
        assertThat(back.analysis()).isEqualTo(entry.analysis());
        assertThat(back).isEqualTo(entry);
        // BigDecimal keeps its scale, not only its value
        assertThat(back.analysis().figures().get(1).value().scale()).isEqualTo(-4);
        assertThat(back.analysis().figures().get(1).low().toPlainString()).isEqualTo("0.10");
    }

    @Test
    void tornOrForeignEntriesReadAsNothing() {
        byte[] whole = CacheCodec.write(new CacheEntry("f1", loaded(), "k", fullAnalysis()));
        for (int cut : new int[] {0, 1, whole.length / 3, whole.length / 2, whole.length - 1}) {
            assertThat(CacheCodec.read(Arrays.copyOf(whole, cut), "f1")).as("cut at %d", cut).isNull();
        }
        assertThat(CacheCodec.read(whole, "f2")).as("another format or code").isNull();
        assertThat(CacheCodec.read("{\"format\":\"f1\"}".getBytes(StandardCharsets.UTF_8), "f1")).isNull();
        assertThat(CacheCodec.read("not an entry".getBytes(StandardCharsets.UTF_8), "f1")).isNull();
        for (int at : new int[] {5, whole.length / 2, whole.length - 5}) {
            byte[] damaged = whole.clone();
            damaged[at] ^= 0x10;
            assertThat(CacheCodec.read(damaged, "f1")).as("byte %d flipped", at).isNull();
        }
    }

    @Test
    void entriesReadWithOnePoolShareTheirRepeatedStrings() {
        byte[] bytes = CacheCodec.write(new CacheEntry("f1", loaded(), "k", fullAnalysis()));
        java.util.Map<String, String> pool = new java.util.concurrent.ConcurrentHashMap<>();

        CacheEntry first = CacheCodec.read(bytes, "f1", pool);
        CacheEntry second = CacheCodec.read(bytes, "f1", pool);

        assertThat(first).isEqualTo(second).isEqualTo(CacheCodec.read(bytes, "f1"));
        assertThat(second.analysis().mentions().get(0).entity()).isSameAs(first.analysis().mentions().get(0).entity());
        assertThat(second.analysis().quotes().get(0).speakerName())
                .isSameAs(first.analysis().quotes().get(0).speakerName());
        assertThat(pool).containsKey("recep-tayyip-erdogan");
    }

    @Test
    void sentencesCutFromTheTextAreStoredAsBoundsAndReadBackAsViews() {
        LoadCache.Loaded l = loaded();
        String text = l.text().text();
        ArticleAnalysis cut = new ArticleAnalysis("x", List.of(Sentence.of(0, 0, 37, text), Sentence.of(1, 39,
                text.length(), text)), List.of(), List.of(), List.of(), List.of(), List.of());
        ArticleAnalysis copied = new ArticleAnalysis("x", List.of(new Sentence(0, 0, 37, text.substring(0, 37)),
                new Sentence(1, 39, text.length(), text.substring(39))), List.of(), List.of(), List.of(), List.of(),
                List.of());

        byte[] bytes = CacheCodec.write(new CacheEntry("f1", l, "k", cut));
        CacheEntry back = CacheCodec.read(bytes, "f1");

        assertThat(back.analysis()).isEqualTo(cut).isEqualTo(copied);
        assertThat(back.analysis().sentences().get(1).text()).isEqualTo("Second *block* here.");
        assertThat(CacheCodec.write(new CacheEntry("f1", l, "k", copied))).as("either form, the same bytes")
                .isEqualTo(bytes);
    }

    /**
     * The codec writes records component by component: a component added to one of them must be
     * added to {@link CacheCodec} too, or it would be lost on the way through the cache.
     */
    @Test
    void theCodecKnowsEveryComponentOfTheRecordsItStores() {
        Map<Class<?>, String> known = new LinkedHashMap<>();
        known.put(LoadCache.Loaded.class, "path key sha256 display meta bodyStart text words slugAt warnings");
        known.put(FrontMatter.class, "title date dateText source url author summary tags language slug draft image caption");
        known.put(TextBlock.class, "kind start end");
        known.put(SourcePosition.class, "line column");
        known.put(Problem.class, "file line column message hint");
        known.put(ArticleAnalysis.class, "article sentences mentions figures dates quotes unconfirmed");
        known.put(Sentence.class, "index start end text");
        known.put(Mention.class, "entity start end surface sentence");
        known.put(Figure.class, "measure value low high qualifier conservative group actor date sentence start end surface");
        known.put(DateMention.class, "text date until precision sentence start end");
        known.put(Quote.class, "speaker speakerName text fragment sentence start end");
        known.put(UnconfirmedName.class, "name type cue sentence start end");
        known.put(CacheEntry.class, "format loaded analysisKey analysis");
        known.forEach((type, components) -> assertThat(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.joining(" ")))
                .as("components of %s: update CacheCodec and this list together", type.getSimpleName())
                .isEqualTo(components));
    }

    @Test
    void anEntryWithoutAnalysisReadsBackWithoutIt() {
        CacheEntry entry = new CacheEntry("f1", loaded(), null, null);
        assertThat(CacheCodec.read(CacheCodec.write(entry), "f1")).isEqualTo(entry);
    }
}
