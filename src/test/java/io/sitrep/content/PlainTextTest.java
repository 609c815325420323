package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static final List<TextBlock> ONE_BLOCK = List.of(new TextBlock(BlockKind.PARAGRAPH, 0, 5));

    /** Offsets that mostly count up by one, with jumps (markup), repeats (entities) and a random start. */
    private static int[] offsets(Random random, int length) {
        int[] out = new int[length + 1];
        int at = random.nextInt(1000);
        for (int i = 0; i <= length; i++) {
            int roll = random.nextInt(20);
            at += roll == 0 ? 2 + random.nextInt(40) : roll == 1 ? 0 : 1;
            out[i] = at;
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void keepsEveryOffsetOfAnyMap(int seed) {
        Random random = new Random(seed);
        int length = random.nextInt(3000);
        int[] map = offsets(random, length);
        PlainText t = new PlainText("x".repeat(length), map, List.of());

        assertThat(t.sourceOffsets()).containsExactly(map);
        for (int i = 0; i <= length; i++) {
            assertThat(t.toSource(i)).as("offset %d", i).isEqualTo(map[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void isMadeAgainFromItsRuns(int seed) {
        Random random = new Random(seed);
        int length = random.nextInt(3000);
        PlainText t = new PlainText("x".repeat(length), offsets(random, length), ONE_BLOCK);

        PlainText again = PlainText.ofRuns(t.text(), t.runs(), t.blocks());
        assertThat(again).isEqualTo(t);
        assertThat(again.sourceOffsets()).containsExactly(t.sourceOffsets());
    }

    @Test
    void runsAreStoredAsPairsWhereTheMapJumps() {
        PlainText t = new PlainText("x".repeat(7), new int[] {5, 6, 7, 10, 11, 11, 12, 40}, List.of());
        assertThat(t.runs()).containsExactly(0, 5, 3, 10, 5, 11, 7, 40);
        assertThat(new PlainText("xyz", new int[] {0, 1, 2, 3}, List.of()).runs()).containsExactly(0, 0);
    }

    @Test
    void refusesRunsThatAreNotAPackedMapOfTheText() {
        List<int[]> bad = List.of(new int[] {}, new int[] {0}, new int[] {1, 5}, new int[] {0, 5, 0, 9},
                new int[] {0, 5, 3, 8}, new int[] {0, 5, 9, 2});
        for (int[] runs : bad) {
            assertThatThrownBy(() -> PlainText.ofRuns("abcdef", runs, List.of()))
                    .as(java.util.Arrays.toString(runs)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anEmptyTextMapsItsEnd() {
        PlainText t = new PlainText("", new int[] {7}, List.of());

        assertThat(t.toSource(0)).isEqualTo(7);
        assertThat(t.sourceOffsets()).containsExactly(7);
    }

    @Test
    void aMapThatCountsUpIsOneRun() {
        PlainText t = new PlainText("Idlib", new int[] {10, 11, 12, 13, 14, 15}, ONE_BLOCK);

        assertThat(t.toString()).isEqualTo("PlainText[5 chars, 1 runs, 1 blocks]");
        assertThat(t.toSource(5)).isEqualTo(15);
    }

    @Test
    void isEqualByTextMapAndBlocks() {
        PlainText a = new PlainText("Idlib", new int[] {10, 11, 12, 20, 21, 22}, ONE_BLOCK);
        PlainText same = new PlainText("Idlib", new int[] {10, 11, 12, 20, 21, 22}, ONE_BLOCK);
        PlainText otherMap = new PlainText("Idlib", new int[] {10, 11, 12, 13, 21, 22}, ONE_BLOCK);

        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherMap);
    }

    @Test
    void doesNotShareTheGivenArray() {
        int[] map = {0, 1, 2, 3, 4, 5};
        PlainText t = new PlainText("Idlib", map, ONE_BLOCK);
        map[3] = 99;
        t.sourceOffsets()[2] = 99;

        assertThat(t.toSource(3)).isEqualTo(3);
        assertThat(t.toSource(2)).isEqualTo(2);
    }

    @Test
    void refusesAMapOfTheWrongLengthAndOffsetsOutsideTheText() {
        assertThatThrownBy(() -> new PlainText("Idlib", new int[] {0, 1}, ONE_BLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        PlainText t = new PlainText("Idlib", new int[] {0, 1, 2, 3, 4, 5}, ONE_BLOCK);
        assertThatThrownBy(() -> t.toSource(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.toSource(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
