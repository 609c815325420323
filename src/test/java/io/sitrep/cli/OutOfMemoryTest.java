package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    private static final long MIB = 1L << 20;

    @Test
    void saysWhatRanOutWithWhichHeapAndWhatToGiveInOneLine() {
        String line = OutOfMemory.message(new OutOfMemoryError("Java heap space"), 768 * MIB);
        assertThat(line).isEqualTo("error: out of memory (Java heap space) with a heap of 768 MiB; "
                + "give sitrep more with SITREP_JAVA_OPTS=-Xmx2g");
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void findsTheReasonInsideTheCopyAParallelStreamThrows() {
        OutOfMemoryError copy = new OutOfMemoryError();
        copy.initCause(new OutOfMemoryError("GC overhead limit exceeded"));
        assertThat(OutOfMemory.message(copy, 4096 * MIB)).isEqualTo("error: out of memory (GC overhead limit exceeded)"
                + " with a heap of 4 GiB; give sitrep more with SITREP_JAVA_OPTS=-Xmx8g");
        assertThat(OutOfMemory.message(new OutOfMemoryError(), 512 * MIB))
                .isEqualTo("error: out of memory with a heap of 512 MiB; give sitrep more with SITREP_JAVA_OPTS=-Xmx1g");
    }

    @Test
    void suggestsTwiceTheHeapInWholeGibibytes() {
        assertThat(OutOfMemory.suggestion(64 * MIB)).isEqualTo("1g");
        assertThat(OutOfMemory.suggestion(512 * MIB)).isEqualTo("1g");
        assertThat(OutOfMemory.suggestion(768 * MIB)).isEqualTo("2g");
        assertThat(OutOfMemory.suggestion(5358 * MIB)).isEqualTo("11g");
        assertThat(OutOfMemory.suggestion(12L * 1024 * MIB)).isEqualTo("24g");
    }

    @Test
    void givesThisJvmsHeapLimit() {
        String line = OutOfMemory.message(new OutOfMemoryError("Java heap space"));
        assertThat(line).startsWith("error: out of memory (Java heap space) with a heap of ")
                .matches(".* of \\d+ (MiB|GiB); give sitrep more with SITREP_JAVA_OPTS=-Xmx\\d+g");
    }
}
