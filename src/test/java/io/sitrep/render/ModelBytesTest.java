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

    /** A string is its tag, the length of its UTF-8 bytes and those bytes, however it is spelled. */
    @Test
    void stringsAreWrittenAsTheirUtf8Bytes() {
        for (String s : List.of("", "Idlib", "Erdoğan’s “Idlib”", "İdlib — 1.000", "a\uD83D\uDE00b", "lone \uD800 half",
                "tail \uDC00", "café", "\u0080", "\u007F\u0080\u07FF\u0800\uFFFF")) {
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            for (byte[] part : List.of("tpl".getBytes(java.nio.charset.StandardCharsets.UTF_8), utf8)) {
                expected.write('s');
                expected.writeBytes(java.nio.ByteBuffer.allocate(8).putLong(part.length).array());
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
        assertThat(bytes("Idlib")).isNotEqualTo(bytes("Idlıb"));
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

    @Test
    void recordsOfTheMemosTypesAreWrittenAsWithoutItAndMadeOncePerInstance() {
        List<String> items = new java.util.ArrayList<>(List.of("a", "b"));
        Holder kept = new Holder("kept", items);
        Everything model = new Everything(1, 2L, true, BigDecimal.ONE, LocalDate.of(2020, 2, 5), Thread.State.NEW,
                new TreeMap<>(Map.of("x", 1)), List.of(kept, new Pair("l", "r"), kept, List.of(kept)));
        ModelBytes.Memo memo = new ModelBytes.Memo(java.util.Set.of(Holder.class));
        ModelBytes withMemo = new ModelBytes(memo).write("tpl", model);

        assertThat(Arrays.copyOf(withMemo.buffer(), withMemo.size())).isEqualTo(bytes(model));
        items.add("c"); // records are meant to be immutable: this shows which bytes the memo gives
        ModelBytes again = new ModelBytes(memo).write("tpl", model);
        assertThat(Arrays.copyOf(again.buffer(), again.size())).as("the bytes made the first time")
                .isNotEqualTo(bytes(model));
        Holder equalButAnother = new Holder("kept", items);
        ModelBytes other = new ModelBytes(memo).write("tpl", equalButAnother);
        assertThat(Arrays.copyOf(other.buffer(), other.size())).as("kept by instance, not by value")
                .isEqualTo(bytes(equalButAnother));
    }
}
