package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelBytesTest {

    record Pair(String left, String right) {
    }

    record OtherPair(String left, String right) {
    }

    record Everything(Integer count, long total, boolean flag, BigDecimal value, LocalDate day, Thread.State state,
                      Map<String, Integer> counts, List<Object> items) {
    }

    /** A type that is neither a record nor a collection: written as JSON. */
    public static final class Bean {
        private final String name;

        Bean(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    private static byte[] bytes(Object model) {
        ModelBytes b = new ModelBytes().write("tpl", model);
        return Arrays.copyOf(b.buffer(), b.size());
    }

    /** A string is its tag, the length of its UTF-8 bytes (LEB128) and those bytes, however it is spelled. */
    @Test
    void stringsAreWrittenAsTheirUtf8Bytes() {
        for (String s : List.of("", "Idlib", "x".repeat(127), "y".repeat(128), "z".repeat(20_000), "Erdoğan’s “Idlib”", "İdlib — 1.000", "a\uD83D\uDE00b", "lone \uD800 half",
                "tail \uDC00", "café", "\u0080", "\u007F\u0080\u07FF\u0800\uFFFF")) {
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            for (byte[] part : List.of("tpl".getBytes(java.nio.charset.StandardCharsets.UTF_8), utf8)) {
                expected.write('s');
                for (int n = part.length; ; n >>>= 7) { // seven bits a byte, low first, the high bit on all but the last
                    if (n < 0x80) {
                        expected.write(n);
                        break;
                    }
                    expected.write((n & 0x7F) | 0x80);
                }
                expected.writeBytes(part);
            }
            assertThat(bytes(s)).as(s).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void equalModelsGiveEqualBytes() {
        Everything a = new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5),
                Thread.State.NEW, Map.of("a", 1, "b", 2), List.of("x", new Pair("p", "q")));
        Everything b = new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5),
                Thread.State.NEW, new TreeMap<>(Map.of("b", 2, "a", 1)), List.of("x", new Pair("p", "q")));
        assertThat(bytes(a)).isEqualTo(bytes(b));
    }

    @Test
    void modelsThatDifferAnywhereGiveOtherBytes() {
        Everything a = new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5),
                Thread.State.NEW, Map.of("a", 1), List.of("x"));
        List<Everything> others = List.of(
                new Everything(4, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, false, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, true, new BigDecimal("1.5"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 6), Thread.State.NEW,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.BLOCKED,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 2), List.of("x")),
                new Everything(null, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 1), List.of("x")),
                new Everything(3, 7L, true, new BigDecimal("1.50"), LocalDate.of(2020, 2, 5), Thread.State.NEW,
                        Map.of("a", 1), List.of("x", "")));
        for (Everything other : others) {
            assertThat(bytes(other)).as("%s", other).isNotEqualTo(bytes(a));
        }
    }

    @Test
    void boundariesAndKindsAreKeptApart() {
        assertThat(bytes(new Pair("ab", "c"))).isNotEqualTo(bytes(new Pair("a", "bc")));
        assertThat(bytes(new Pair("a", "b"))).as("another record type").isNotEqualTo(bytes(new OtherPair("a", "b")));
        assertThat(bytes(List.of("a", "b"))).isNotEqualTo(bytes(List.of(List.of("a"), "b")));
        assertThat(bytes(Arrays.asList((Object) null))).isNotEqualTo(bytes(List.of("null")));
        assertThat(bytes(1)).isNotEqualTo(bytes("1"));
        List<Object> numbers = List.of(0, 1, -1, 63, -64, 64, 127, 128, 300, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, 1.0, -0.0, 0.0);
        for (Object a : numbers) {
            for (Object b : numbers) {
                if (a != b) {
                    assertThat(bytes(List.of(a, "x"))).as("%s and %s", a, b).isNotEqualTo(bytes(List.of(b, "x")));
                }
            }
        }
        assertThat(bytes("Idlib")).isNotEqualTo(bytes("Idlıb"));
    }

    /**
     * A record's type is named once per model and then numbered: types that come in another
     * order, or a second record of another type where one of the first type came, are other bytes.
     */
    @Test
    void recordTypesAreNamedOnceAndThenNumbered() {
        List<Pair> pairs = java.util.stream.IntStream.range(0, 100).mapToObj(i -> new Pair("l", "r")).toList();
        int oneMore = bytes(pairs).length - bytes(pairs.subList(0, 99)).length;
        assertThat(oneMore).as("a pair after the first: its number and two strings, no name").isEqualTo(2 + 2 * 3);
        assertThat(bytes(List.of(new Pair("a", "b"), new OtherPair("a", "b"))))
                .isNotEqualTo(bytes(List.of(new OtherPair("a", "b"), new Pair("a", "b"))))
                .isNotEqualTo(bytes(List.of(new Pair("a", "b"), new Pair("a", "b"))));
        assertThat(bytes(List.of(new Pair("a", "b"), new Pair("a", "b"))))
                .isNotEqualTo(bytes(List.of(new Pair("a", "b"), new OtherPair("a", "b"))));
        ModelBytes reused = new ModelBytes();
        reused.write("tpl", List.of(new OtherPair("x", "y")));
        ModelBytes second = reused.write("tpl", List.of(new Pair("a", "b"), new OtherPair("a", "b")));
        assertThat(Arrays.copyOf(second.buffer(), second.size())).as("numbers start again with each model")
                .isEqualTo(bytes(List.of(new Pair("a", "b"), new OtherPair("a", "b"))));
    }

    @Test
    void mapsAreWrittenInKeyOrderWhateverTheirOwnOrder() {
        Map<String, Object> hash = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            hash.put("k" + i, i);
        }
        assertThat(bytes(hash)).isEqualTo(bytes(new TreeMap<>(hash)));
    }

    @Test
    void otherTypesAreWrittenAsJson() {
        assertThat(bytes(new Bean("a"))).isEqualTo(bytes(new Bean("a"))).isNotEqualTo(bytes(new Bean("b")));
        assertThat(new String(bytes(new Bean("Idlib")), java.nio.charset.StandardCharsets.UTF_8))
                .contains("{\"name\":\"Idlib\"}");
    }

    record Holder(String name, List<String> items) {
    }

    private static byte[] memoBytes(ModelBytes.Memo memo, Object model) {
        ModelBytes b = new ModelBytes(memo).write("tpl", model);
        return Arrays.copyOf(b.buffer(), b.size());
    }

    /**
     * Records of the memo's types are written as a digest of their bytes, made once per instance:
     * equal records give equal bytes, records that differ anywhere other bytes, and the model's
     * bytes are shorter than without the memo.
     */
    @Test
    void recordsOfTheMemosTypesAreWrittenAsTheirDigestMadeOncePerInstance() {
        ModelBytes.Memo memo = new ModelBytes.Memo(java.util.Set.of(Holder.class));
        List<String> items = new java.util.ArrayList<>(List.of("a", "b"));
        Holder kept = new Holder("kept".repeat(20), items);
        Everything model = new Everything(1, 2L, true, BigDecimal.ONE, LocalDate.of(2020, 2, 5), Thread.State.NEW,
                new TreeMap<>(Map.of("x", 1)), List.of(kept, new Pair("l", "r"), kept, List.of(kept)));
        byte[] withMemo = memoBytes(memo, model);
        assertThat(withMemo.length).isLessThan(bytes(model).length);
        assertThat(memoBytes(new ModelBytes.Memo(java.util.Set.of(Holder.class)), model)).as("the same by value")
                .isEqualTo(withMemo);

        for (Holder other : List.of(new Holder("kept".repeat(20) + "!", List.of("a", "b")),
                new Holder("kept".repeat(20), List.of("a", "b", "")), new Holder("kept".repeat(20), List.of("ab")))) {
            ModelBytes.Memo fresh = new ModelBytes.Memo(java.util.Set.of(Holder.class));
            assertThat(memoBytes(fresh, List.of(other))).as("%s", other)
                    .isNotEqualTo(memoBytes(new ModelBytes.Memo(java.util.Set.of(Holder.class)), List.of(kept)));
        }
        assertThat(memoBytes(memo, List.of(new Pair("l", "r")))).as("other types as without the memo")
                .isEqualTo(bytes(List.of(new Pair("l", "r"))));

        items.add("c"); // records are meant to be immutable: this shows the digest is made once per instance
        assertThat(memoBytes(memo, model)).as("the digest made the first time").isEqualTo(withMemo);
        Holder equalButAnother = new Holder("kept".repeat(20), items);
        assertThat(memoBytes(memo, List.of(equalButAnother))).as("kept by instance, not by value")
                .isNotEqualTo(memoBytes(memo, List.of(kept)));
    }
}
